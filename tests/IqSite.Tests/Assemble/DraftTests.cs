using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

public sealed class DraftTests
{
    private static readonly string SiteWithDraft = SiteFiles.Join(SiteFiles.Base,
        SiteFiles.Sheet("fertig", "de", network: "berlin"),
        SiteFiles.Sheet("entwurf", "de", network: "bayern", extra: "draft: true\n"));

    [Fact]
    public void Drafts_are_left_out_of_pages_listings_and_terms()
    {
        using var site = TestSite.Create(SiteWithDraft);

        var model = site.Model();

        var urls = model.AllPages.Select(p => p.Url).ToList();
        Assert.Contains("/de/gute-praxis/fertig/", urls);
        Assert.DoesNotContain("/de/gute-praxis/entwurf/", urls);
        Assert.DoesNotContain("/de/gute-praxis/landesnetzwerk/bayern/", urls);
        Assert.Equal(["/de/gute-praxis/fertig/"], model.Language("de").GoodPractices.Select(s => s.Url));
    }

    [Fact]
    public void Drafts_are_published_with_include_drafts()
    {
        using var site = TestSite.Create(SiteWithDraft);

        var model = site.Model(site.Options with { IncludeDrafts = true });

        var urls = model.AllPages.Select(p => p.Url).ToList();
        Assert.Contains("/de/gute-praxis/entwurf/", urls);
        Assert.Contains("/de/gute-praxis/landesnetzwerk/bayern/", urls);
        Assert.Equal(2, model.Language("de").GoodPractices.Length);
    }

    [Fact]
    public void Draft_false_is_published()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de", extra: "draft: false\n")));

        Assert.Single(site.Model().Language("de").GoodPractices);
    }
}
