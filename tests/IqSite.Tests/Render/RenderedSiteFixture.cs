using AngleSharp.Dom;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Render;

/// <summary>
/// One build shared by the render tests: 'kmu' in both languages with different slugs,
/// 'nur-deutsch' in German only, and English configured right-to-left so 'dir' is visible.
/// </summary>
public sealed class RenderedSiteFixture : IDisposable
{
    private const string GermanOnlySheet = """
        -- input/content/good-practice/nur-deutsch.de.md --
        ---
        title: "Nur auf Deutsch"
        network: berlin
        teaser: "Gibt es nur auf Deutsch."
        instrument:
          name: "Leitfaden"
          summary: "Ein Leitfaden."
        audiences: [employers]
        topics: [digital-tools]
        funding_round: "2015-2018"
        project: "Projekt"
        provider: "Träger"
        contact:
          name: "Kontakt"
        offer:
          text: "Angebot."
        published: 2021-03-05
        ---
        ## Ausgangslage und Herausforderung

        Text.

        ## Umsetzung

        Text.

        ## Fazit

        Text.
        """;

    public BuiltSite Site { get; } = new(SiteFiles.Join(
        SiteFiles.SiteYml(enDirection: "rtl"), SiteFiles.TaxonomiesYml, SiteFiles.Pages,
        SiteFiles.Sheet("kmu", "de", slug: "kmu-werkzeugkasten", topics: "[qualification, digital-tools]", extra: "updated: 2022-11-02\n"),
        SiteFiles.Sheet("kmu", "en", slug: "sme-toolbox", topics: "[qualification, digital-tools]"),
        GermanOnlySheet));

    public IDocument Page(string outputPath) => Html.Parse(Site.Test.ReadOutput(outputPath));

    public void Dispose() => Site.Dispose();
}
