using IqSite.Tests.Fixtures;
using IqSite.Tests.Render;

namespace IqSite.Tests.Generate;

/// <summary>Files at the site root besides the pages: robots.txt, the language chooser, 404.html, assets.</summary>
public sealed class RootFilesTests(RenderedSiteFixture site) : IClassFixture<RenderedSiteFixture>
{
    [Fact]
    public void Robots_txt_allows_everything_and_names_the_sitemap()
    {
        var lines = site.Site.Test.ReadOutput("robots.txt").Split('\n');

        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", lines);
    }

    [Fact]
    public void Root_index_links_to_each_languages_home()
    {
        var page = site.Page("index.html");

        var links = page.QuerySelectorAll("main a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href")));
        Assert.Equal([("de", "/de/"), ("en", "/en/")], links);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Continue in English", page.QuerySelector("a[hreflang=en]")!.TextContent);
    }

    [Fact]
    public void Root_404_is_the_default_languages_not_found_page()
    {
        var root = site.Site.Test.ReadOutput("404.html");

        Assert.Equal(site.Site.Test.ReadOutput("de/404.html"), root);
        Assert.Contains("Seite nicht gefunden", Html.Parse(root).QuerySelector("h1")!.TextContent);
        Assert.True(site.Site.Test.OutputExists("en/404.html"));
    }

    [Fact]
    public void Theme_assets_are_copied_under_assets()
    {
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(site.Site.Test.Theme, "assets", "css", "site.css")),
            File.ReadAllBytes(site.Site.Test.OutputPath("assets/css/site.css")));
    }
}
