namespace IqSite.Tests.Render;

/// <summary>The sheet page shows its facts as links to the term pages and its body with sections.</summary>
public sealed class SheetPageTests(RenderedSiteFixture site) : IClassFixture<RenderedSiteFixture>
{
    [Fact]
    public void Facts_link_each_term_to_its_term_page_in_the_pages_language()
    {
        var facts = site.Page("en/good-practice/sme-toolbox/index.html").QuerySelectorAll(".sheet-facts ul.terms a")
            .Select(a => (a.TextContent, a.GetAttribute("href")));

        Assert.Equal(
            [
                ("Berlin", "/en/good-practice/state-network/berlin/"),
                ("Qualification", "/en/good-practice/topic/qualification/"),
                ("Digital tools", "/en/good-practice/topic/digital-tools/"),
                ("Immigrants", "/en/good-practice/audience/immigrants/"),
                ("2019–2022", "/en/good-practice/funding-round/2019-2022/"),
            ],
            facts);
    }

    [Fact]
    public void Body_sections_are_rendered_as_second_level_headings()
    {
        var headings = site.Page("de/gute-praxis/nur-deutsch/index.html").QuerySelectorAll(".prose h2").Select(h => h.TextContent);

        Assert.Equal(["Ausgangslage und Herausforderung", "Umsetzung", "Fazit"], headings);
    }

    [Fact]
    public void Breadcrumbs_lead_from_home_over_the_listing_to_the_sheet()
    {
        var crumbs = site.Page("de/gute-praxis/nur-deutsch/index.html").QuerySelectorAll("nav.breadcrumbs li")
            .Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href")));

        Assert.Equal([("Startseite", "/de/"), ("Gute Praxis", "/de/gute-praxis/"), ("Nur auf Deutsch", null)], crumbs);
    }

    [Fact]
    public void Every_page_the_build_reports_is_written()
    {
        var written = Directory.EnumerateFiles(site.Site.Test.Output, "*.html", SearchOption.AllDirectories).Count();

        // Pages plus the root language chooser and the root 404.
        Assert.Equal(site.Site.Result.Pages + 2, written);
    }
}
