using IqSite.Assemble;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

/// <summary>Listings are split into pages of page_size sheets, newest first.</summary>
public sealed class PaginationTests
{
    private static readonly string ThreeSheetsPerLanguage = SiteFiles.Join(
        SiteFiles.SiteYml(pageSize: 2), SiteFiles.TaxonomiesYml, SiteFiles.Pages,
        SiteFiles.Sheet("mittel", "de", published: "2021-01-01"),
        SiteFiles.Sheet("neu", "de", published: "2022-06-01"),
        SiteFiles.Sheet("alt", "de", published: "2020-05-05"),
        SiteFiles.Sheet("mittel", "en", published: "2021-01-01"),
        SiteFiles.Sheet("neu", "en", published: "2022-06-01"),
        SiteFiles.Sheet("alt", "en", published: "2020-05-05"));

    [Fact]
    public void More_sheets_than_page_size_make_a_second_listing_page_at_the_localized_segment()
    {
        using var site = TestSite.Create(ThreeSheetsPerLanguage);

        var model = site.Model();

        Assert.Equal(["/de/gute-praxis/", "/de/gute-praxis/seite/2/"], Lists(model, "de").Select(p => p.Url));
        Assert.Equal(["/en/good-practice/", "/en/good-practice/page/2/"], Lists(model, "en").Select(p => p.Url));
    }

    [Fact]
    public void Listing_pages_hold_the_sheets_newest_first()
    {
        using var site = TestSite.Create(ThreeSheetsPerLanguage);

        var lists = Lists(site.Model(), "de");

        Assert.Equal(["/de/gute-praxis/neu/", "/de/gute-praxis/mittel/"], lists[0].Items.Select(s => s.Url));
        Assert.Equal(["/de/gute-praxis/alt/"], lists[1].Items.Select(s => s.Url));
        Assert.Equal((1, 2, null, "/de/gute-praxis/seite/2/"), (lists[0].Pager.Number, lists[0].Pager.Count, lists[0].Pager.PreviousUrl, lists[0].Pager.NextUrl));
        Assert.Equal(("/de/gute-praxis/", null), (lists[1].Pager.PreviousUrl, lists[1].Pager.NextUrl));
    }

    [Fact]
    public void Second_listing_page_has_its_own_title_and_lastmod()
    {
        using var site = TestSite.Create(ThreeSheetsPerLanguage);

        var lists = Lists(site.Model(), "de");

        Assert.Equal("Gute Praxis", lists[0].Title);
        Assert.Equal("Gute Praxis – Seite 2", lists[1].Title);
        Assert.Equal(new DateOnly(2022, 6, 1), lists[0].LastModified);
        Assert.Equal(new DateOnly(2020, 5, 5), lists[1].LastModified);
    }

    [Fact]
    public void Exactly_page_size_sheets_fit_on_one_page()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.SiteYml(pageSize: 2), SiteFiles.TaxonomiesYml, SiteFiles.Pages,
            SiteFiles.Sheet("a", "de"), SiteFiles.Sheet("b", "de")));

        Assert.Equal(["/de/gute-praxis/"], Lists(site.Model(), "de").Select(p => p.Url));
    }

    [Fact]
    public void Language_without_sheets_still_has_one_empty_listing_page()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));

        var list = Assert.Single(Lists(site.Model(), "en"));

        Assert.Equal("/en/good-practice/", list.Url);
        Assert.Empty(list.Items);
    }

    [Fact]
    public void Term_pages_paginate_with_the_same_segment()
    {
        using var site = TestSite.Create(ThreeSheetsPerLanguage);

        var termPages = site.Model().Language("de").Pages.OfType<TermPage>()
            .Where(p => p.Term.Term.Key == "berlin").Select(p => p.Url);

        Assert.Equal(["/de/gute-praxis/landesnetzwerk/berlin/", "/de/gute-praxis/landesnetzwerk/berlin/seite/2/"], termPages);
    }

    [Fact]
    public void Sheets_published_on_one_day_are_ordered_by_url()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("c", "de"), SiteFiles.Sheet("a", "de"), SiteFiles.Sheet("b", "de")));

        Assert.Equal(["/de/gute-praxis/a/", "/de/gute-praxis/b/", "/de/gute-praxis/c/"], site.Model().Language("de").GoodPractices.Select(s => s.Url));
    }

    private static List<GoodPracticeListPage> Lists(SiteModel model, string language) =>
        [.. model.Language(language).Pages.OfType<GoodPracticeListPage>().OrderBy(p => p.Pager.Number)];
}
