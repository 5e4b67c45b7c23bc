using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Acceptance;

/// <summary>
/// The promise to editors: every mistake in one run, each at the file, line and column to fix,
/// and the published site untouched until the content is right again.
/// </summary>
public sealed class ErrorReportingTests
{
    // (a) a YAML syntax error, (b) a missing required field, (c) an unknown taxonomy key,
    // (d) two sheets with one slug in one language.
    private const string BrokenSheets = """
        -- input/content/good-practice/kaputt.de.md --
        ---
        title: "Syntaxfehler"
        network: berlin
        teaser: Ein Satz: mit Doppelpunkt
        instrument:
          name: "Instrument"
          summary: "Zusammenfassung."
        audiences: [immigrants]
        topics: [qualification]
        funding_round: "2019-2022"
        project: "Projekt"
        provider: "Träger"
        contact:
          name: "Kontakt"
        offer:
          text: "Angebot."
        published: 2021-03-15
        ---
        ## Ausgangslage und Herausforderung

        ## Umsetzung

        ## Fazit

        -- input/content/good-practice/ohne-datum.de.md --
        ---
        title: "Ohne Datum"
        network: berlin
        teaser: "Hier fehlt 'published'."
        instrument:
          name: "Instrument"
          summary: "Zusammenfassung."
        audiences: [immigrants]
        topics: [qualification]
        funding_round: "2019-2022"
        project: "Projekt"
        provider: "Träger"
        contact:
          name: "Kontakt"
        offer:
          text: "Angebot."
        ---
        ## Ausgangslage und Herausforderung

        ## Umsetzung

        ## Fazit

        -- input/content/good-practice/unbekannt.de.md --
        ---
        title: "Unbekanntes Thema"
        network: berlin
        teaser: "Ein Tippfehler im Thema."
        instrument:
          name: "Instrument"
          summary: "Zusammenfassung."
        audiences: [immigrants]
        topics: [qualification, digtal-tools]
        funding_round: "2019-2022"
        project: "Projekt"
        provider: "Träger"
        contact:
          name: "Kontakt"
        offer:
          text: "Angebot."
        published: 2021-03-15
        ---
        ## Ausgangslage und Herausforderung

        ## Umsetzung

        ## Fazit

        -- input/content/good-practice/erste.de.md --
        ---
        title: "Erste"
        network: berlin
        teaser: "Die erste mit diesem Slug."
        instrument:
          name: "Instrument"
          summary: "Zusammenfassung."
        audiences: [immigrants]
        topics: [qualification]
        funding_round: "2019-2022"
        project: "Projekt"
        provider: "Träger"
        contact:
          name: "Kontakt"
        offer:
          text: "Angebot."
        published: 2021-03-15
        slug: doppelt
        ---
        ## Ausgangslage und Herausforderung

        ## Umsetzung

        ## Fazit

        -- input/content/good-practice/zweite.de.md --
        ---
        title: "Zweite"
        network: berlin
        teaser: "Die zweite mit diesem Slug."
        instrument:
          name: "Instrument"
          summary: "Zusammenfassung."
        audiences: [immigrants]
        topics: [qualification]
        funding_round: "2019-2022"
        project: "Projekt"
        provider: "Träger"
        contact:
          name: "Kontakt"
        offer:
          text: "Angebot."
        published: 2021-03-16
        slug: doppelt
        ---
        ## Ausgangslage und Herausforderung

        ## Umsetzung

        ## Fazit
        """;

    internal static readonly string[] ExpectedErrors =
    [
        "input/content/good-practice/kaputt.de.md:4:17: error: YAML syntax error: While scanning a plain scalar value, found invalid mapping.",
        "input/content/good-practice/ohne-datum.de.md:2:1: error: missing required key 'published'",
        "input/content/good-practice/unbekannt.de.md:9:25: error: unknown topic 'digtal-tools' (did you mean 'digital-tools'?); known keys are listed under 'topics' in taxonomies.yml",
        "input/content/good-practice/zweite.de.md:18:7: error: duplicate URL /de/gute-praxis/doppelt/: input/content/good-practice/zweite.de.md and input/content/good-practice/erste.de.md both produce it; give one of them another 'slug'",
    ];

    [Fact]
    public void Four_mistakes_give_exactly_four_errors_at_their_positions_and_leave_output_unchanged()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("gut", "de")));
        site.BuildSucceeds();
        var before = FolderSnapshot.Hash(site.Output);
        site.WriteFiles(BrokenSheets);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(ExpectedErrors, result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, FolderSnapshot.Hash(site.Output));
        Assert.Equal(["output"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName));
    }

    [Fact]
    public void Check_reports_the_same_four_errors_without_writing()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, BrokenSheets));

        var result = site.Check();

        Assert.False(result.Succeeded);
        Assert.Equal(ExpectedErrors, result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Cli_build_of_the_four_mistakes_exits_1_and_leaves_output_unchanged()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("gut", "de")));
        Assert.Equal(0, CliRunner.Run(site.Root, "build").ExitCode);
        var before = FolderSnapshot.Hash(site.Output);
        site.WriteFiles(BrokenSheets);

        var cli = CliRunner.Run(site.Root, "build");

        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.Equal(ExpectedErrors, cli.Lines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.Equal(before, FolderSnapshot.Hash(site.Output));
    }
}
