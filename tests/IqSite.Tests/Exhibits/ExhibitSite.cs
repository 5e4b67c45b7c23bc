using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Exhibits;

/// <summary>A fixture site with one exhibition: site.yml with the 'exhibits' segment, the exhibition and its portraits.</summary>
internal static class ExhibitSite
{
    public static string SiteYml => SiteFiles.SiteYml()
        .Replace("page: seite", "page: seite\n      exhibits: ausstellungen", StringComparison.Ordinal)
        .Replace("page: page", "page: page\n      exhibits: exhibitions", StringComparison.Ordinal);

    public const string Exhibit = """
        -- input/content/exhibits/schau/_index.de.md --
        ---
        title: "Schau"
        teaser: "Eine Ausstellung."
        venue: "Messe, Dresden"
        opening: 2018-01-20
        organiser: "IQ Netzwerk Sachsen"
        ---
        Über die Ausstellung.
        """;

    /// <summary>A portrait: 'photo' on line 6, 'consent' on line 9; <paramref name="extra"/> after 'order'.</summary>
    public static string Portrait(string key, string consent = "consent: true\n", string photo = "photo: foto.png\n", string body = "Ihr Weg.", string extra = "") => $$"""
        -- input/content/exhibits/schau/{{key}}.de.md --
        ---
        name: "Ana B."
        origin: "Brasilien"
        profession: "Pflegefachfrau"
        status: "Angestellt in Leipzig"
        {{photo}}photo_alt: "Platzhalterbild"
        photo_credit: "Testbild"
        {{consent}}order: 1
        {{extra}}---
        {{body}}
        """;

    public static TestSite Create(params string[] files) => TestSite.Create(SiteFiles.Join([SiteFiles.Base, SiteYml, Exhibit, .. files]));
}
