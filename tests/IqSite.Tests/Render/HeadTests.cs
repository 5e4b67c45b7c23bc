using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Render;

/// <summary>What search engines and assistive technology read first: lang, dir, canonical and hreflang.</summary>
public sealed class HeadTests(RenderedSiteFixture site) : IClassFixture<RenderedSiteFixture>
{
    [Fact]
    public void Html_element_carries_the_pages_language_and_direction()
    {
        var german = site.Page("de/gute-praxis/kmu-werkzeugkasten/index.html").DocumentElement;
        var english = site.Page("en/good-practice/sme-toolbox/index.html").DocumentElement;

        Assert.Equal(("de", "ltr"), (german.GetAttribute("lang"), german.GetAttribute("dir")));
        Assert.Equal(("en", "rtl"), (english.GetAttribute("lang"), english.GetAttribute("dir")));
    }

    [Fact]
    public void Canonical_link_is_the_pages_absolute_url()
    {
        var page = site.Page("de/gute-praxis/kmu-werkzeugkasten/index.html");

        var canonical = Assert.Single(page.QuerySelectorAll("link[rel=canonical]"));
        Assert.Equal("https://example.org/de/gute-praxis/kmu-werkzeugkasten/", canonical.GetAttribute("href"));
        Assert.Equal("https://example.org/de/gute-praxis/kmu-werkzeugkasten/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("de_DE", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }

    [Fact]
    public void Translated_page_lists_each_translation_and_x_default_as_alternates()
    {
        var expected = new[]
        {
            ("de", "https://example.org/de/gute-praxis/kmu-werkzeugkasten/"),
            ("en", "https://example.org/en/good-practice/sme-toolbox/"),
            ("x-default", "https://example.org/de/gute-praxis/kmu-werkzeugkasten/"),
        };

        Assert.Equal(expected, Html.Alternates(site.Page("de/gute-praxis/kmu-werkzeugkasten/index.html")));
        Assert.Equal(expected, Html.Alternates(site.Page("en/good-practice/sme-toolbox/index.html")));
    }

    [Fact]
    public void Untranslated_page_has_no_alternates()
    {
        var page = site.Page("de/gute-praxis/nur-deutsch/index.html");

        Assert.Empty(Html.Alternates(page));
        Assert.NotNull(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public void Alternates_of_listings_point_at_the_other_languages_listing()
    {
        var alternates = Html.Alternates(site.Page("en/good-practice/index.html"));

        Assert.Equal(
            [("de", "https://example.org/de/gute-praxis/"), ("en", "https://example.org/en/good-practice/"), ("x-default", "https://example.org/de/gute-praxis/")],
            alternates);
    }

    [Fact]
    public void Not_found_page_is_not_indexed_and_has_no_canonical()
    {
        var page = site.Page("de/404.html");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Empty(Html.Alternates(page));
    }

    [Fact]
    public void Title_names_the_page_and_the_site_and_the_home_page_only_the_site()
    {
        Assert.Equal("kmu (de) – Testseite", site.Page("de/gute-praxis/kmu-werkzeugkasten/index.html").Title);
        Assert.Equal("Test site", site.Page("en/index.html").Title);
    }

    [Fact]
    public void Meta_description_of_a_sheet_is_its_teaser()
    {
        var page = site.Page("de/gute-praxis/nur-deutsch/index.html");

        Assert.Equal("Gibt es nur auf Deutsch.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }
}
