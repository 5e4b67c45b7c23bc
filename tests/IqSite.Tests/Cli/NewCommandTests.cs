using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Cli;

/// <summary>
/// An editor starts an issue with <c>iqsite new</c>, lets <c>iqsite check</c> say what is still
/// missing, fills it in and publishes — on a copy of the sample site, with the real CLI.
/// </summary>
public sealed class NewCommandTests
{
    private const string Issue = "input/content/newsletters/iq-konkret/2023-01";

    private static TestSite SampleCopy()
    {
        var site = TestSite.Create("");
        TestSite.CopyDirectory(RepoRoot.Input, site.Input);
        return site;
    }

    [Fact]
    public void New_issue_then_check_lists_exactly_the_fields_to_fill_and_after_filling_them_the_issue_is_published()
    {
        using var site = SampleCopy();

        var created = CliRunner.Run(site.Root, "new", "issue", "iq-konkret", "2023-01");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal([$"created {Issue}/_index.de.md", $"created {Issue}/_index.en.md"], created.Lines.Where(l => l.StartsWith("created ", StringComparison.Ordinal)));

        var check = CliRunner.Run(site.Root, "check");
        Assert.True(check.ExitCode == 1, check.ToString());
        string[] expected = [.. new[] { "de", "en" }.SelectMany(language => new[]
        {
            $"{Issue}/_index.{language}.md:5:6: error: 'date' is empty: fill it in",
            $"{Issue}/_index.{language}.md:7:7: error: 'title' is empty: fill it in",
            $"{Issue}/_index.{language}.md:9:8: error: 'teaser' is empty: fill it in",
        })];
        Assert.Equal(expected, check.Lines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)));

        // In a pull request the same errors become annotations on the lines to fix.
        var github = CliRunner.Run(site.Root, "check", "--format", "github");
        Assert.Equal(1, github.ExitCode);
        Assert.Contains($"::error file={Issue}/_index.de.md,line=7,col=7::'title' is empty: fill it in", github.StdOut.Split('\n'));
        Assert.Equal(6, github.StdOut.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));

        foreach (var language in new[] { "de", "en" })
        {
            var path = site.PathOf($"{Issue}/_index.{language}.md");
            File.WriteAllText(path, File.ReadAllText(path)
                .Replace("date:\n", "date: 2023-03-15\n")
                .Replace("title:\n", $"title: \"Fachkräfte {language}\"\n")
                .Replace("teaser:\n", "teaser: \"Ein Satz.\"\n"));
        }
        var article = CliRunner.Run(site.Root, "new", "article", Issue, "schwerpunkt");
        Assert.True(article.ExitCode == 0, article.ToString());
        foreach (var language in new[] { "de", "en" })
        {
            var path = site.PathOf($"{Issue}/schwerpunkt.{language}.md");
            var text = File.ReadAllText(path);
            Assert.Contains("order: 1\n", text);
            File.WriteAllText(path, text.Replace("title:\n", "title: \"Schwerpunkt\"\n").Replace("kind:\n", "kind: report\n").Replace("teaser:\n", "teaser: \"Kurz.\"\n"));
        }

        var build = site.Build(site.Options with { Today = new DateOnly(2023, 3, 15) });
        Assert.True(build.Succeeded, TestSite.Lines(build.Diagnostics));
        Assert.True(site.OutputExists("de/newsletter/iq-konkret/2023-01/index.html"));
        Assert.True(site.OutputExists("en/newsletters/iq-konkret/2023-01/schwerpunkt/index.html"));
        Assert.Contains("Fachkräfte de", File.ReadAllText(Path.Combine(site.Output, "de/newsletter/iq-konkret/index.html")));
    }

    [Fact]
    public void New_refuses_to_overwrite_and_names_an_unknown_series()
    {
        using var site = SampleCopy();

        var unknown = CliRunner.Run(site.Root, "new", "issue", "iq-konkrt", "2023-01");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("error: there is no series 'iq-konkrt' in input/content/newsletters (did you mean 'iq-konkret'?)", unknown.StdErr);

        var existing = CliRunner.Run(site.Root, "new", "good-practice", "kmu-toolbox");
        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("input/content/good-practice/kmu-toolbox.de.md already exists; nothing was written", existing.StdErr);
    }

    [Fact]
    public void New_good_practice_has_the_languages_section_headings_and_check_names_its_empty_fields()
    {
        using var site = SampleCopy();

        var created = CliRunner.Run(site.Root, "new", "good-practice", "neues-beispiel");
        Assert.True(created.ExitCode == 0, created.ToString());
        var german = File.ReadAllText(site.PathOf("input/content/good-practice/neues-beispiel.de.md"));
        Assert.Contains("## Ausgangslage und Herausforderung\n\n## Umsetzung\n\n## Fazit", german);
        Assert.Contains("## Implementation", File.ReadAllText(site.PathOf("input/content/good-practice/neues-beispiel.en.md")));

        var check = CliRunner.Run(site.Root, "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("input/content/good-practice/neues-beispiel.de.md:3:7: error: 'title' is empty: fill it in", check.Lines);
        Assert.All(check.Lines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)),
            l => Assert.StartsWith("input/content/good-practice/neues-beispiel.", l));
    }
}
