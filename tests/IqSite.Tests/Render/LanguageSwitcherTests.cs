using AngleSharp.Dom;

namespace IqSite.Tests.Render;

/// <summary>The switcher leads to the same page in the other language, or to that language's home.</summary>
public sealed class LanguageSwitcherTests(RenderedSiteFixture site) : IClassFixture<RenderedSiteFixture>
{
    [Fact]
    public void Switcher_links_to_the_translation_when_there_is_one()
    {
        var links = SwitcherLinks(site.Page("de/gute-praxis/kmu-werkzeugkasten/index.html"));

        Assert.Equal([("en", "/en/good-practice/sme-toolbox/")], links);
    }

    [Fact]
    public void Switcher_links_back_from_the_translation()
    {
        var links = SwitcherLinks(site.Page("en/good-practice/sme-toolbox/index.html"));

        Assert.Equal([("de", "/de/gute-praxis/kmu-werkzeugkasten/")], links);
    }

    [Fact]
    public void Switcher_links_to_the_other_languages_home_when_there_is_no_translation()
    {
        var links = SwitcherLinks(site.Page("de/gute-praxis/nur-deutsch/index.html"));

        Assert.Equal([("en", "/en/")], links);
    }

    [Fact]
    public void Switcher_marks_the_current_language_without_a_link()
    {
        var switcher = site.Page("de/gute-praxis/nur-deutsch/index.html").QuerySelector("nav.language-switcher")!;

        var current = Assert.Single(switcher.QuerySelectorAll(".current-language"));
        Assert.Equal("Deutsch", current.TextContent);
        Assert.Equal("de", current.GetAttribute("lang"));
        Assert.Null(current.Closest("a"));
    }

    [Fact]
    public void Switcher_entries_carry_their_own_language_and_direction()
    {
        var english = site.Page("de/index.html").QuerySelector("nav.language-switcher a[hreflang=en]")!;

        Assert.Equal(("en", "rtl", "English"), (english.GetAttribute("lang"), english.GetAttribute("dir"), english.TextContent));
    }

    private static List<(string, string)> SwitcherLinks(IDocument page) =>
        [.. page.QuerySelectorAll("nav.language-switcher a").Select(a => (a.GetAttribute("hreflang")!, a.GetAttribute("href")!))];
}
