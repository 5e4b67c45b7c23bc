using IqSite.Tests.Fixtures;
using static IqSite.Tests.Newsletters.NewsletterFiles;

namespace IqSite.Tests.Write;

/// <summary>
/// Nothing an editor writes can make a path leave its folder: slugs, file references and file
/// names with '..', a leading '/' or '\' are errors where they are written, and the build then
/// writes nothing at all.
/// </summary>
public sealed class PathConfinementTests
{
    private const string Issue01 = "input/content/newsletters/s/2022-01";

    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 424\"/>";

    /// <summary>The base site with the English about page given <paramref name="frontMatter"/> lines from line 3 on.</summary>
    private static string AboutPage(string frontMatter, string body = "Who we are.") =>
        SiteFiles.Join(SiteFiles.Base, $"-- input/content/pages/about.en.md --\n---\ntitle: \"About us\"\n{frontMatter}---\n{body}");

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/etc")]
    [InlineData("a/b")]
    [InlineData("\"a\\\\b\"")]
    [InlineData("..")]
    public void Page_slug_that_is_not_one_plain_segment_is_an_error_at_the_slug(string slug)
    {
        using var site = TestSite.Create(AboutPage($"slug: {slug}\n"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("input/content/pages/about.en.md:3:7: error: 'slug' must be lowercase ASCII letters, digits and hyphens", error.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("../cover.svg", "../cover.svg")]
    [InlineData("./cover.svg", "./cover.svg")]
    [InlineData("sub/../cover.svg", "sub/../cover.svg")]
    [InlineData("/etc/passwd", "/etc/passwd")]
    [InlineData("\"sub\\\\cover.svg\"", "sub\\cover.svg")]
    public void Cover_reference_that_is_not_a_plain_file_name_is_an_error_at_the_reference(string yaml, string value)
    {
        // A real cover.svg lies where each reference would lead if it were followed.
        using var site = TestSite.Create(SiteFiles.Join(
            Base, Series("s", "de"), Series("s", "en"), Issue("s", "2022-01", "en"),
            Issue("s", "2022-01", "de", extra: $"cover: {yaml}\ncover_alt: \"Titelbild\"\n"),
            $"-- input/content/newsletters/s/cover.svg --\n{Svg}",
            $"-- {Issue01}/sub/cover.svg --\n{Svg}"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Issue01}/_index.de.md:6:8: error: 'cover' must be the name of a file in this file's folder, e.g. cover.jpg, found '{value}'", error.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("../film.mp4")]
    [InlineData("/srv/film.mp4")]
    public void Video_reference_that_is_not_a_plain_file_name_is_an_error_at_the_reference(string video)
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, $$"""
            -- input/content/leichte-sprache/film.de.md --
            ---
            title: "Ein Film"
            video: {{video}}
            ---
            Ein Film in Gebärdensprache.
            """));

        var error = Assert.Single(site.Parse().Errors);

        Assert.Equal($"input/content/leichte-sprache/film.de.md:3:8: error: 'video' must be the name of a file in this file's folder, e.g. cover.jpg, found '{video}'", error);
    }

    [Theory]
    [InlineData("../photo.png")]
    [InlineData("..%2Fphoto.png")]
    public void Markdown_image_outside_the_text_folder_is_an_error_at_the_image(string reference)
    {
        // The photo exists one folder up, where the reference would lead if it were followed.
        using var site = TestSite.Create(AboutPage("", $"![Team photo]({reference})"));
        Sharp.CreatePng(site.PathOf("input/content/photo.png"), 20, 10);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"input/content/pages/about.en.md:4:1: error: no image '{reference}' next to this file: upload it to pages/", error.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Aliases_are_not_a_front_matter_key_so_they_cannot_name_a_path()
    {
        using var site = TestSite.Create(AboutPage("aliases: [\"../../etc/passwd\"]\n"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains("input/content/pages/about.en.md:3:1: error: unknown key 'aliases'", result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("input/static/..\\..\\escaped.txt")]
    [InlineData("input/content/pages/..\\..\\..\\escaped.pdf")]
    [InlineData("input/content/pages/sub\\escaped.md")]
    public void File_whose_name_holds_a_backslash_is_an_error_not_a_path(string file)
    {
        // On Linux '\' is an ordinary character in a file name; Windows and URLs read it as a folder separator.
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile(file, "escaped");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal($"{file}:1:1: error: the name contains '\\', which Windows and web addresses read as a folder separator: rename the file",
            Assert.Single(result.Diagnostics).ToString());
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal([site.PathOf(file)], Directory.EnumerateFiles(site.Root, "*escaped*", SearchOption.AllDirectories));
    }
}
