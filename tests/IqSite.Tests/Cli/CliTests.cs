using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Cli;

/// <summary>The real CLI as a user runs it, inside the site's folder with the default paths.</summary>
public sealed class CliTests
{
    // Line 3 of a.de.md is 'network: brlin': the unknown key's value starts in column 10.
    private static readonly string BrokenSite = SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de", network: "brlin"));

    private const string BrokenSiteError =
        "unknown network 'brlin' (did you mean 'berlin'?); known keys are listed under 'networks' in taxonomies.yml";

    [Fact]
    public void Build_on_a_valid_site_exits_0_and_writes_output()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));

        var cli = CliRunner.Run(site.Root, "build");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.True(site.OutputExists("de/gute-praxis/a/index.html"));
        Assert.True(site.OutputExists("sitemap.xml"));
        Assert.Contains(cli.Lines, l => l.StartsWith("Built ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_on_a_broken_site_exits_1_and_prints_one_compiler_style_line_per_error()
    {
        using var site = TestSite.Create(BrokenSite);

        var cli = CliRunner.Run(site.Root, "build");

        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.False(Directory.Exists(site.Output));
        // Whole lines, so editors, grep and CI problem matchers can read them.
        Assert.Contains($"input/content/good-practice/a.de.md:3:10: error: {BrokenSiteError}", cli.Lines);
    }

    [Fact]
    public void Redirected_output_has_no_terminal_colour_codes_even_when_term_is_set()
    {
        // 'iqsite check > log' or an editor's task runner: the file:line:col prefix must be plain text.
        using var site = TestSite.Create(BrokenSite);

        var cli = CliRunner.Run(site.Root, new Dictionary<string, string> { ["TERM"] = "xterm-256color" }, "check");

        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.Contains($"input/content/good-practice/a.de.md:3:10: error: {BrokenSiteError}", cli.StdOut.Split('\n'));
    }

    [Fact]
    public void Check_on_a_valid_site_exits_0_and_writes_nothing()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));
        var before = FolderSnapshot.Take(site.Root);

        var cli = CliRunner.Run(site.Root, "check");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void Check_on_a_broken_site_exits_1_and_writes_nothing()
    {
        using var site = TestSite.Create(BrokenSite);
        var before = FolderSnapshot.Take(site.Root);

        var cli = CliRunner.Run(site.Root, "check");

        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.Contains(cli.Lines, l => l.StartsWith("input/content/good-practice/a.de.md:3:10: error: ", StringComparison.Ordinal));
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void Check_leaves_an_existing_output_folder_alone()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.BuildSucceeds();
        var before = FolderSnapshot.Take(site.Output);
        site.WriteFiles(SiteFiles.Sheet("neu", "de"));

        var cli = CliRunner.Run(site.Root, "check");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void Check_with_github_format_prints_one_workflow_annotation_per_error()
    {
        using var site = TestSite.Create(BrokenSite);

        var cli = CliRunner.Run(site.Root, "check", "--format", "github");

        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.Equal(
            [$"::error file=input/content/good-practice/a.de.md,line=3,col=10::{BrokenSiteError}"],
            cli.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Check_with_github_format_on_a_valid_site_prints_nothing_and_exits_0()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var cli = CliRunner.Run(site.Root, "check", "--format", "github");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal("", cli.StdOut.Trim());
    }

    [Fact]
    public void Build_with_timings_prints_every_stage()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var cli = CliRunner.Run(site.Root, "build", "--timings");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var output = CliRunner.StripAnsi(cli.StdOut);
        foreach (var stage in new[] { "discover", "parse", "assemble", "templates", "render", "generate", "write" })
            Assert.Matches($@"\b{stage}\b", output);
        // Rows of the table: stage, ms, cpu ms, result. Search runs inside write and the templates
        // are compiled while Assemble runs: the total counts neither a second time.
        var rows = output.Split('\n').Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 6 && double.TryParse(cells[2], System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(cells => (Stage: cells[1], Ms: double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture), Result: cells[4])).ToArray();
        Assert.Contains(rows, r => r.Stage == "search" && r.Result.EndsWith("(during write)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Stage == "templates" && r.Result.EndsWith("(during assemble)", StringComparison.Ordinal));
        var total = Assert.Single(rows, r => r.Stage == "total").Ms;
        var own = rows.Where(r => r.Stage != "total" && !r.Result.Contains("(during ", StringComparison.Ordinal)).ToArray();
        Assert.InRange(total, own.Sum(r => r.Ms) - 0.05 * own.Length, own.Sum(r => r.Ms) + 0.05 * own.Length);
        // The garbage collector's pauses, which are inside the stages' times.
        var gc = System.Text.RegularExpressions.Regex.Match(output, @"garbage collection: ([0-9.]+) ms paused in (\d+) collections, (\d+) of them full");
        Assert.True(gc.Success, output);
        Assert.InRange(double.Parse(gc.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, total);
        Assert.InRange(int.Parse(gc.Groups[3].Value), 0, int.Parse(gc.Groups[2].Value));
    }

    [Fact]
    public void Build_with_output_and_base_url_options_writes_there_for_that_address()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var cli = CliRunner.Run(site.Root, "build", "--output", "public", "--base-url", "https://preview.example.net/");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.False(Directory.Exists(site.Output));
        Assert.Contains("Sitemap: https://preview.example.net/sitemap.xml", File.ReadAllText(site.PathOf("public/robots.txt")));
    }

    [Fact]
    public void Build_with_a_relative_cache_folder_renders_chart_pngs_into_it()
    {
        // The chart PNGs are written by a Node script running in another working directory.
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, $"-- input/figures/top-5.json --\n{Figures.FigureParserTests.Valid}"));

        var cli = CliRunner.Run(site.Root, "build", "--no-search", "--cache", "my-cache");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.True(site.OutputExists("de/zahlen/top-5/top-5.png"));
        Assert.NotEmpty(Directory.EnumerateFiles(site.PathOf("my-cache"), "*.png", SearchOption.AllDirectories));
    }

    [Fact]
    public void Build_refuses_to_replace_a_folder_it_did_not_create()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile("output/notes.txt", "mine");

        var cli = CliRunner.Run(site.Root, "build");

        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.Contains("refusing to replace", CliRunner.StripAnsi(cli.StdOut));
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName));
    }

    [Fact]
    public void Unknown_option_exits_non_zero_and_names_the_option()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var cli = CliRunner.Run(site.Root, "build", "--no-such-option");

        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("--no-such-option", cli.StdErr + cli.StdOut);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Unknown_command_exits_non_zero()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var cli = CliRunner.Run(site.Root, "publish");

        Assert.NotEqual(0, cli.ExitCode);
    }
}
