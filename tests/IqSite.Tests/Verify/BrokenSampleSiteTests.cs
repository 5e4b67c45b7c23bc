using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Verify;

/// <summary>
/// The gates on the real sample site: a temporary copy of input/ with one sheet broken in each
/// way an editor might break it. Each build fails at the line the editor changed.
/// </summary>
public sealed class BrokenSampleSiteTests
{
    private const string Sheet = "input/content/good-practice/erklaerkarten.de.md";

    [Theory]
    [InlineData("[Mehr dazu](/de/gute-praxis/gibt-es-nicht/)", "broken link '/de/gute-praxis/gibt-es-nicht/'")]
    [InlineData("[Zum Fazit](#fazitt)", "has no element with id 'fazitt' (did you mean 'fazit'?)")]
    [InlineData("![Logo](https://cdn.example.net/logo.png)", "from the third-party host cdn.example.net")]
    [InlineData("![](/assets/favicon.svg)", "image '/assets/favicon.svg' has no text alternative")]
    public void Breaking_a_sample_sheet_fails_the_build_at_the_edited_line(string markdown, string expected)
    {
        using var site = TestSite.Create("");
        TestSite.CopyDirectory(RepoRoot.Input, site.Input);
        var path = site.PathOf(Sheet);
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.FindIndex(l => l.StartsWith("## Umsetzung", StringComparison.Ordinal)) + 1;
        lines.Insert(at, "");
        lines.Insert(at + 1, markdown);
        File.WriteAllLines(path, lines);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Sheet, error.Location.File);
        Assert.Equal(at + 2, error.Location.Line);
        Assert.Contains(expected, error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
