using IqSite.Tests.Fixtures;
using static IqSite.Tests.Newsletters.NewsletterFiles;

namespace IqSite.Tests.Newsletters;

/// <summary>Newsletter mistakes editors make, each reported once, at the line and column to fix.</summary>
public sealed class NewsletterErrorsTests
{
    private const string Issue01 = "input/content/newsletters/s/2022-01";

    /// <summary>A valid series s with issue 2022-01 in both languages; tests add or replace files.</summary>
    private static string Site(params string[] more) => SiteFiles.Join([
        Base,
        Both(l => Series("s", l)),
        Both(l => Issue("s", "2022-01", l)),
        .. more]);

    [Fact]
    public void Valid_newsletter_fixture_builds()
    {
        using var site = TestSite.Create(Site(Both(l => Article("s", "2022-01", "a", l, 1))));

        site.BuildSucceeds();

        Assert.True(site.OutputExists("de/newsletter/s/2022-01/a/index.html"));
        Assert.True(site.OutputExists("en/newsletters/s/2022-01/a/index.html"));
    }

    [Fact]
    public void Misspelt_good_practice_key_is_one_error_at_the_link_with_a_suggestion()
    {
        using var site = TestSite.Create(Site(
            SiteFiles.Sheet("kmu-toolbox", "de"),
            SiteFiles.Sheet("kmu-toolbox", "en"),
            Article("s", "2022-01", "a", "de", 1, body: "Erster Absatz.\n\nMehr in der [KMU-Toolbox](good-practice:kmu-tolbox) lesen."),
            Article("s", "2022-01", "a", "en", 1, body: "More in the [SME toolbox](good-practice:kmu-toolbox).")));

        var result = site.Build();

        Assert.False(result.Succeeded);
        // Body starts on line 8; the link is on the third body line, its '[' is the 13th character.
        Assert.Equal(
            [$"{Issue01}/a.de.md:10:13: error: no good-practice sheet 'kmu-tolbox' in 'de' (did you mean 'kmu-toolbox'?): the key is the sheet's file name in content/good-practice/ without .de.md"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Good_practice_key_without_a_sheet_in_the_pages_language_is_an_error_without_a_far_fetched_suggestion()
    {
        // The sheet exists in German only: the English article may not link to it.
        using var site = TestSite.Create(Site(
            SiteFiles.Sheet("kmu-toolbox", "de"),
            Article("s", "2022-01", "a", "de", 1, body: "[KMU](good-practice:kmu-toolbox)"),
            Article("s", "2022-01", "a", "en", 1, body: "[SME](good-practice:kmu-toolbox)")));

        var result = site.Build();

        Assert.Equal(
            [$"{Issue01}/a.en.md:8:1: error: no good-practice sheet 'kmu-toolbox' in 'en': the key is the sheet's file name in content/good-practice/ without .en.md"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Article_whose_issue_has_no_index_file_is_an_error_naming_the_missing_file()
    {
        using var site = TestSite.Create(Site(
            Both(l => Article("s", "2022-01", "a", l, 1)),
            Article("s", "2022-02", "b", "de", 1),
            Issue("s", "2022-02", "en"),
            Article("s", "2022-02", "b", "en", 1)));

        var assembled = site.Assemble();

        Assert.Equal(
            ["input/content/newsletters/s/2022-02/b.de.md:1:1: error: this article belongs to input/content/newsletters/s/2022-02/_index.de.md, which is missing or has errors"],
            assembled.Errors);
    }

    [Fact]
    public void Issue_without_a_series_index_file_is_an_error_naming_the_missing_file()
    {
        using var site = TestSite.Create(SiteFiles.Join(Base,
            Series("s", "de"),
            Both(l => Issue("s", "2022-01", l))));

        var assembled = site.Assemble();

        Assert.Equal(
            [$"{Issue01}/_index.en.md:1:1: error: this issue belongs to input/content/newsletters/s/_index.en.md, which is missing or has errors"],
            assembled.Errors);
    }

    [Fact]
    public void Cover_that_is_not_in_the_issue_folder_is_an_error_at_the_cover_line()
    {
        using var site = TestSite.Create(Site(
            Issue("s", "2022-01", "de", extra: "cover: covr.svg\ncover_alt: \"Titelbild\"\n"),
            $"-- {Issue01}/cover.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 424\"/>"));

        var assembled = site.Assemble();

        Assert.Equal(
            [$"{Issue01}/_index.de.md:6:8: error: 'covr.svg' is not in the folder of this file (did you mean 'cover.svg'?): upload it next to it"],
            assembled.Errors);
    }

    [Fact]
    public void Cover_in_the_issue_folder_is_published_and_shown_with_its_text_alternative()
    {
        using var site = TestSite.Create(Site(
            Issue("s", "2022-01", "de", extra: "cover: cover.svg\ncover_alt: \"Blaues Titelbild\"\n"),
            $"-- {Issue01}/cover.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 424\"/>"));
        site.BuildSucceeds();

        var page = Html.Parse(site.ReadOutput("de/newsletter/s/2022-01/index.html"));
        var cover = page.QuerySelector("main img.issue-cover-large");
        Assert.NotNull(cover);
        Assert.Equal("Blaues Titelbild", cover!.GetAttribute("alt"));
        Assert.Equal(("300", "424"), (cover.GetAttribute("width"), cover.GetAttribute("height")));
        Assert.True(site.OutputExists(cover.GetAttribute("src")!.TrimStart('/')), $"the cover {cover.GetAttribute("src")} was not published");
    }

    [Theory]
    [InlineData("cover: cover.svg\n")]
    [InlineData("cover: cover.svg\ncover_alt: \"\"\n")]
    [InlineData("cover: cover.svg\ncover_alt:\n")]
    public void Cover_without_cover_alt_is_an_error_at_the_cover(string extra)
    {
        using var site = TestSite.Create(Site(
            Issue("s", "2022-01", "de", extra: extra),
            $"-- {Issue01}/cover.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 424\"/>"));

        var parsed = site.Parse();

        Assert.Equal(
            [$"{Issue01}/_index.de.md:6:8: error: 'cover' needs 'cover_alt': describe the image for readers who cannot see it"],
            parsed.Errors);
    }

    [Fact]
    public void Unknown_kind_lists_the_allowed_kinds_and_suggests_the_closest()
    {
        using var site = TestSite.Create(Site(
            Article("s", "2022-01", "a", "de", 1, kind: "intervew"),
            Article("s", "2022-01", "a", "en", 1)));

        var parsed = site.Parse();

        var error = Assert.Single(parsed.Errors);
        const string prefix = "input/content/newsletters/s/2022-01/a.de.md:3:7: error: 'kind' must be one of ";
        const string suffix = " (did you mean 'interview'?)";
        Assert.StartsWith(prefix, error);
        Assert.EndsWith(suffix, error);
        var listed = error[prefix.Length..^suffix.Length].Split(", ");
        Assert.Equal(["announcement", "dates", "editorial", "expert-article", "interview", "report"], listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_kind_lists_the_allowed_kinds_in_the_documented_order_every_time()
    {
        // docs/editing.md lists the kinds in this order. Regression: 670b993 listed them in the
        // enumeration order of an ImmutableDictionary (per-process randomized string hashes), so
        // the message changed from run to run; fixed in b037e5b with ArticleKinds.Names.
        using var site = TestSite.Create(Site(
            Article("s", "2022-01", "a", "de", 1, kind: "intervew"),
            Article("s", "2022-01", "a", "en", 1)));

        var error = Assert.Single(site.Parse().Errors);

        Assert.Equal(
            "input/content/newsletters/s/2022-01/a.de.md:3:7: error: 'kind' must be one of editorial, interview, expert-article, report, dates, announcement (did you mean 'interview'?)",
            error);
    }

    [Fact]
    public void Two_articles_with_the_same_order_is_an_error()
    {
        using var site = TestSite.Create(Site(
            Both(l => Article("s", "2022-01", "a", l, 1)),
            Both(l => Article("s", "2022-01", "b", l, 2)),
            Article("s", "2022-01", "c", "de", 2),
            Article("s", "2022-01", "c", "en", 3)));

        var assembled = site.Assemble();

        Assert.Equal(
            [$"{Issue01}/c.de.md:1:1: error: 'order: 2' is also used by {Issue01}/b.de.md: give every article of the issue its own position"],
            assembled.Errors);
    }

    [Theory]
    [InlineData("2022-3")]
    [InlineData("3-2022")]
    [InlineData("2022_03")]
    [InlineData("ausgabe-3")]
    public void Issue_folder_not_named_year_number_is_an_error(string folder)
    {
        using var site = TestSite.Create(SiteFiles.Join(Base, Both(l => Series("s", l)), Issue("s", folder, "de")));

        var parsed = site.Parse();

        Assert.Equal(
            [$"input/content/newsletters/s/{folder}/_index.de.md:1:1: error: the issue folder '{folder}' must be named <year>-<number>, e.g. 2023-01"],
            parsed.Errors);
    }

    [Fact]
    public void Title_left_empty_is_reported_as_a_field_to_fill_in_at_its_line()
    {
        using var site = TestSite.Create(Site(Issue("s", "2022-01", "de", title: "")));

        var parsed = site.Parse();

        // Right after 'title:', where the editor types the title.
        Assert.Equal([$"{Issue01}/_index.de.md:4:7: error: 'title' is empty: fill it in"], parsed.Errors);
    }

    [Fact]
    public void Every_empty_field_of_a_scaffolded_issue_is_reported_at_its_own_line()
    {
        using var site = TestSite.Create(Site($"""
            -- {Issue01}/_index.de.md --
            ---
            number:
            date: 2022-12-15
            title:
            teaser:
            ---
            """));

        var parsed = site.Parse();

        Assert.Equal(
            [
                (2, "'number' is empty: fill it in"),
                (4, "'title' is empty: fill it in"),
                (5, "'teaser' is empty: fill it in"),
            ],
            parsed.Diagnostics.Where(d => d.Severity == IqSite.Diagnostics.Severity.Error).Select(d => (d.Location.Line, d.Message)));
    }
}
