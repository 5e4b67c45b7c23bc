namespace IqSite.Tests.Fixtures;

/// <summary>
/// The smallest complete site (de + en): site.yml, taxonomies.yml, both home pages and an
/// 'about' page. Tests add sheets to it, or replace one of its files with a block of the same path.
/// </summary>
internal static class SiteFiles
{
    public static string SiteYml(int pageSize = 10, string enDirection = "ltr") => $$"""
        -- input/site.yml --
        title:
          de: "Testseite"
          en: "Test site"
        description:
          de: "Beschreibung der Testseite."
          en: "Description of the test site."
        base_url: "https://example.org/"
        default_language: de
        page_size: {{pageSize}}
        languages:
          - code: de
            name: "Deutsch"
            direction: ltr
            culture: de-DE
            sections:
              good_practice: gute-praxis
              figures: zahlen
              page: seite
          - code: en
            name: "English"
            direction: {{enDirection}}
            culture: en-GB
            sections:
              good_practice: good-practice
              figures: figures
              page: page
        menus:
          main: [home, good-practice]
          footer: [about]
        """;

    public const string TaxonomiesYml = """
        -- input/taxonomies.yml --
        networks:
          title: { de: "Landesnetzwerke", en: "State networks" }
          slug: { de: "landesnetzwerk", en: "state-network" }
          terms:
            berlin:
              label: { de: "Berlin", en: "Berlin" }
            bayern:
              label: { de: "Bayern", en: "Bavaria" }
              slug: { en: "bavaria" }
        topics:
          title: { de: "Themen", en: "Topics" }
          slug: { de: "thema", en: "topic" }
          terms:
            qualification:
              label: { de: "Qualifizierung", en: "Qualification" }
              slug: { de: "qualifizierung" }
            digital-tools:
              label: { de: "Digitale Angebote", en: "Digital tools" }
              slug: { de: "digitale-angebote" }
        audiences:
          title: { de: "Zielgruppen", en: "Audiences" }
          slug: { de: "zielgruppe", en: "audience" }
          terms:
            immigrants:
              label: { de: "Eingewanderte", en: "Immigrants" }
              slug: { de: "eingewanderte" }
            employers:
              label: { de: "Arbeitgeber", en: "Employers" }
              slug: { de: "arbeitgeber" }
        funding_rounds:
          title: { de: "Förderrunden", en: "Funding rounds" }
          slug: { de: "foerderrunde", en: "funding-round" }
          terms:
            "2015-2018": { label: { de: "2015–2018", en: "2015–2018" } }
            "2019-2022": { label: { de: "2019–2022", en: "2019–2022" } }
        """;

    public const string Pages = """
        -- input/content/_index.de.md --
        ---
        title: "Willkommen"
        ---
        Einleitung der Testseite.

        -- input/content/_index.en.md --
        ---
        title: "Welcome"
        ---
        Introduction of the test site.

        -- input/content/pages/about.de.md --
        ---
        title: "Über uns"
        slug: ueber-uns
        ---
        Wer wir sind.

        -- input/content/pages/about.en.md --
        ---
        title: "About us"
        ---
        Who we are.
        """;

    public static string Base => Join(SiteYml(), TaxonomiesYml, Pages);

    public static string Join(params string[] parts) => string.Join('\n', parts);

    /// <summary>
    /// A valid sheet at input/content/good-practice/&lt;key&gt;.&lt;language&gt;.md. 'network' is on line 3,
    /// 'topics' on line 9, 'published' on line 17, then 'slug' and <paramref name="extra"/> lines
    /// (each ending in a newline); without them the body starts on line 19. The default body has the
    /// theme's three section headings in the sheet's language.
    /// </summary>
    public static string Sheet(string key, string language, string published = "2021-03-15", string network = "berlin",
        string topics = "[qualification]", string audiences = "[immigrants]", string? slug = null, string extra = "",
        string? body = null)
    {
        var slugLine = slug is null ? "" : $"slug: {slug}\n";
        body ??= DefaultBody(key, language);
        return $$"""
            -- input/content/good-practice/{{key}}.{{language}}.md --
            ---
            title: "{{key}} ({{language}})"
            network: {{network}}
            teaser: "Teaser of {{key}}."
            instrument:
              name: "Instrument of {{key}}"
              summary: "Summary of {{key}}."
            audiences: {{audiences}}
            topics: {{topics}}
            funding_round: "2019-2022"
            project: "Project {{key}}"
            provider: "Provider {{key}}"
            contact:
              name: "Contact {{key}}"
            offer:
              text: "Offer of {{key}}."
            published: {{published}}
            {{slugLine}}{{extra}}---
            {{body}}
            """;
    }

    private static string DefaultBody(string key, string language)
    {
        var (situation, implementation, conclusion) = language == "de"
            ? ("Ausgangslage und Herausforderung", "Umsetzung", "Fazit")
            : ("Starting point and challenge", "Implementation", "Conclusion");
        return $"""
            ## {situation}

            Situation of {key}.

            ## {implementation}

            Implementation of {key}.

            ## {conclusion}

            Conclusion of {key}.
            """;
    }
}
