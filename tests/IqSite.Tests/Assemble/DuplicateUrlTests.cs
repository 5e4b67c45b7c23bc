using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

public sealed class DuplicateUrlTests
{
    [Fact]
    public void Two_sheets_with_one_slug_in_one_language_are_an_error_naming_both_files()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("erste", "de", slug: "gleich"),
            SiteFiles.Sheet("zweite", "de", slug: "gleich")));

        var assembled = site.Assemble();

        Assert.Null(assembled.Site);
        Assert.Equal(
            ["input/content/good-practice/zweite.de.md:18:7: error: duplicate URL /de/gute-praxis/gleich/: input/content/good-practice/zweite.de.md and input/content/good-practice/erste.de.md both produce it; give one of them another 'slug'"],
            assembled.Errors);
    }

    [Fact]
    public void Slug_equal_to_another_sheets_file_key_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("alpha", "de", slug: "beta"),
            SiteFiles.Sheet("beta", "de")));

        var error = Assert.Single(site.Assemble().Errors);

        Assert.Contains("duplicate URL /de/gute-praxis/beta/", error);
        Assert.Contains("input/content/good-practice/alpha.de.md", error);
        Assert.Contains("input/content/good-practice/beta.de.md", error);
    }

    [Fact]
    public void Same_slug_in_two_languages_is_no_collision()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("erste", "de", slug: "gleich"),
            SiteFiles.Sheet("erste", "en", slug: "gleich")));

        var assembled = site.Assemble();

        Assert.Empty(assembled.Errors);
    }

    [Fact]
    public void Sheet_named_like_a_taxonomy_segment_collides_with_the_taxonomy_page()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("thema", "de")));

        var error = Assert.Single(site.Assemble().Errors);

        Assert.StartsWith("input/content/good-practice/thema.de.md:1:1: error: duplicate URL /de/gute-praxis/thema/: ", error);
        Assert.Contains("'Themen'", error);
    }
}
