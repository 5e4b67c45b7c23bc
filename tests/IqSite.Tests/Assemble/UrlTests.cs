using IqSite.Assemble;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

/// <summary>URLs are localized: each language has its own root and section segments.</summary>
public sealed class UrlTests
{
    [Fact]
    public void Sheet_urls_use_each_languages_section_segment()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("kmu", "de"), SiteFiles.Sheet("kmu", "en")));

        var model = site.Model();

        Assert.Equal("/de/gute-praxis/kmu/", Assert.Single(model.Language("de").GoodPractices).Url);
        Assert.Equal("/en/good-practice/kmu/", Assert.Single(model.Language("en").GoodPractices).Url);
        Assert.Equal("de/gute-praxis/kmu/index.html", model.Language("de").GoodPractices[0].OutputPath);
    }

    [Fact]
    public void Slug_in_front_matter_overrides_the_file_key_in_that_language_only()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("kmu", "de", slug: "kmu-werkzeugkasten"),
            SiteFiles.Sheet("kmu", "en")));

        var model = site.Model();

        Assert.Equal("/de/gute-praxis/kmu-werkzeugkasten/", model.Language("de").GoodPractices[0].Url);
        Assert.Equal("/en/good-practice/kmu/", model.Language("en").GoodPractices[0].Url);
    }

    [Fact]
    public void Pages_sit_under_the_language_root_with_their_slug()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var model = site.Model();

        var urls = model.AllPages.Select(p => p.Url).ToList();
        Assert.Contains("/de/ueber-uns/", urls);
        Assert.Contains("/en/about/", urls);
        Assert.Equal("/de/", model.Language("de").Home.Url);
        Assert.Equal("/en/", model.Language("en").Home.Url);
        Assert.Contains("/de/404.html", urls);
        Assert.Contains("/en/404.html", urls);
    }

    [Fact]
    public void Every_page_url_is_unique_and_pretty()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de"), SiteFiles.Sheet("a", "en"), SiteFiles.Sheet("b", "de")));

        var urls = site.Model().AllPages.Select(p => p.Url).ToList();

        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.All(urls, url => Assert.Matches("^/(de|en)/([a-z0-9-]+/)*(404\\.html)?$", url));
    }

    [Fact]
    public void Base_url_option_overrides_site_yml()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));

        var model = site.Model(site.Options with { BaseUrl = "https://preview.example.net" });

        Assert.Equal("https://preview.example.net/de/gute-praxis/a/", model.AbsoluteUrl(model.Language("de").GoodPractices[0].Url));
    }
}
