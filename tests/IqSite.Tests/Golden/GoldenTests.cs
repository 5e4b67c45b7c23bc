using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Golden;

/// <summary>
/// Whole files compared with checked-in goldens: a change to the theme or the renderer shows up
/// as a reviewable diff. Accept intended changes with IQSITE_ACCEPT_GOLDEN=1.
/// </summary>
public sealed class GoldenTests(GoldenTests.Site site) : IClassFixture<GoldenTests.Site>
{
    private const string Fixture = """
        -- input/content/good-practice/kmu-toolbox.de.md --
        ---
        title: "KMU-Toolbox – Vielfalt im Betrieb"
        network: bayern
        teaser: "Eine Sammlung von Arbeitshilfen, mit denen kleine und mittlere Unternehmen Eingewanderte gewinnen & halten."
        instrument:
          name: "Toolbox"
          summary: "Checklisten, Leitfäden und Vorlagen für Personalverantwortliche."
        audiences: [employers, immigrants]
        topics: [qualification, digital-tools]
        funding_round: "2019-2022"
        project: "Vielfalt in KMU"
        provider: "Beispiel gGmbH"
        contact:
          name: "Erika Muster"
          role: "Projektleitung"
          address: |
            Musterstraße 1
            80331 München
          phone: "+4989123456"
          email: "kmu@example.com"
          website: "https://www.example.com/kmu"
        offer:
          text: "Alle Arbeitshilfen stehen zum Download bereit."
          links:
            - title: "Toolbox herunterladen"
              url: "https://www.example.com/kmu/toolbox.pdf"
        published: 2021-03-15
        updated: 2022-11-02
        slug: kmu-werkzeugkasten
        ---
        ## Ausgangslage und Herausforderung

        Viele Betriebe suchen Fachkräfte, aber *nur wenige* sprechen Eingewanderte gezielt an.

        ## Umsetzung

        ### Schritt 1: Bedarf klären

        - Checkliste „Willkommen im Betrieb“
        - Leitfaden für das **Erstgespräch**

        Mehr dazu auf der [Projektseite](https://www.example.com/kmu).

        ## Fazit

        Die Toolbox wird bundesweit genutzt.

        -- input/content/good-practice/kmu-toolbox.en.md --
        ---
        title: "SME toolbox – diversity at work"
        network: bayern
        teaser: "A collection of tools that help small and medium-sized enterprises recruit and keep immigrants."
        instrument:
          name: "Toolbox"
          summary: "Checklists, guides and templates for HR staff."
        audiences: [employers, immigrants]
        topics: [qualification, digital-tools]
        funding_round: "2019-2022"
        project: "Vielfalt in KMU"
        provider: "Beispiel gGmbH"
        contact:
          name: "Erika Muster"
        offer:
          text: "All tools can be downloaded."
        published: 2021-03-15
        slug: sme-toolbox
        ---
        ## Starting point and challenge

        Many firms need skilled workers.

        ## Implementation

        They use the toolbox.

        ## Conclusion

        It is used nationwide.
        """;

    [Fact]
    public void Sheet_page_matches_its_golden_file()
    {
        GoldenFile.AssertMatches("sheet-page.de.html", site.Test.ReadOutput("de/gute-praxis/kmu-werkzeugkasten/index.html"));
    }

    [Fact]
    public void Sitemaps_match_their_golden_files()
    {
        GoldenFile.AssertMatches("sitemap.xml", site.Test.ReadOutput("sitemap.xml"));
        GoldenFile.AssertMatches("sitemap-de.xml", site.Test.ReadOutput("sitemap-de.xml"));
    }

    /// <summary>The golden fixture, built once for both tests.</summary>
    public sealed class Site : IDisposable
    {
        private readonly BuiltSite _built = new(SiteFiles.Join(SiteFiles.Base, Fixture, SiteFiles.Sheet("nur-deutsch", "de", published: "2020-01-10")));

        internal TestSite Test => _built.Test;

        public void Dispose() => _built.Dispose();
    }
}
