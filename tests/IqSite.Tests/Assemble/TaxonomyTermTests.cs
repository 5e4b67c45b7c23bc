using IqSite.Assemble;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

/// <summary>Term pages exist for the terms sheets use; unknown term keys are errors at the value.</summary>
public sealed class TaxonomyTermTests
{
    [Fact]
    public void Each_term_a_sheet_uses_gets_a_term_page_with_localized_slugs()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("a", "de", network: "bayern", topics: "[qualification, digital-tools]"),
            SiteFiles.Sheet("a", "en", network: "bayern", topics: "[qualification, digital-tools]")));

        var model = site.Model();

        Assert.Equal(
            [
                "/de/gute-praxis/foerderrunde/2019-2022/",
                "/de/gute-praxis/landesnetzwerk/bayern/",
                "/de/gute-praxis/thema/digitale-angebote/",
                "/de/gute-praxis/thema/qualifizierung/",
                "/de/gute-praxis/zielgruppe/eingewanderte/",
            ],
            TermUrls(model, "de"));
        Assert.Equal(
            [
                "/en/good-practice/audience/immigrants/",
                "/en/good-practice/funding-round/2019-2022/",
                "/en/good-practice/state-network/bavaria/",
                "/en/good-practice/topic/digital-tools/",
                "/en/good-practice/topic/qualification/",
            ],
            TermUrls(model, "en"));
    }

    [Fact]
    public void Terms_no_sheet_of_a_language_uses_get_no_page_in_it()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("a", "de", network: "berlin"),
            SiteFiles.Sheet("b", "en", network: "bayern")));

        var model = site.Model();

        Assert.Contains("/de/gute-praxis/landesnetzwerk/berlin/", TermUrls(model, "de"));
        Assert.DoesNotContain("/de/gute-praxis/landesnetzwerk/bayern/", TermUrls(model, "de"));
        Assert.Contains("/en/good-practice/state-network/bavaria/", TermUrls(model, "en"));
        Assert.DoesNotContain("/en/good-practice/state-network/berlin/", TermUrls(model, "en"));
        Assert.DoesNotContain(model.AllPages, p => p.Url.Contains("arbeitgeber", StringComparison.Ordinal) || p.Url.Contains("2015-2018", StringComparison.Ordinal));
    }

    [Fact]
    public void Term_pages_list_their_sheets_and_the_overview_counts_them()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("a", "de", topics: "[qualification]"),
            SiteFiles.Sheet("b", "de", topics: "[qualification, digital-tools]")));

        var model = site.Model();

        var qualification = Assert.Single(model.Language("de").Pages.OfType<TermPage>(), p => p.Term.Term.Key == "qualification");
        Assert.Equal(["/de/gute-praxis/a/", "/de/gute-praxis/b/"], qualification.Items.Select(s => s.Url));
        Assert.Equal("Themen: Qualifizierung", qualification.Title);
        var topics = Assert.Single(model.Language("de").Pages.OfType<TaxonomyPage>(), p => p.Taxonomy.Key == "topics");
        Assert.Equal("/de/gute-praxis/thema/", topics.Url);
        Assert.Equal([("Qualifizierung", 2), ("Digitale Angebote", 1)], topics.Terms.Select(t => (t.Term.Label, t.Count)));
    }

    [Fact]
    public void Unknown_topic_is_an_error_at_the_values_line_and_column()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("a", "de", topics: "[qualification, digtal-tools]")));

        var assembled = site.Assemble();

        Assert.Equal(
            ["input/content/good-practice/a.de.md:9:25: error: unknown topic 'digtal-tools' (did you mean 'digital-tools'?); known keys are listed under 'topics' in taxonomies.yml"],
            assembled.Errors);
    }

    [Fact]
    public void Unknown_network_is_an_error_at_the_values_line_and_column()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de", network: "brlin")));

        var assembled = site.Assemble();

        Assert.Equal(
            ["input/content/good-practice/a.de.md:3:10: error: unknown network 'brlin' (did you mean 'berlin'?); known keys are listed under 'networks' in taxonomies.yml"],
            assembled.Errors);
    }

    [Fact]
    public void Unknown_audience_in_a_block_list_is_reported_at_its_own_line()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("a", "de", audiences: "\n  - immigrants\n  - arbeitgeber")));

        var assembled = site.Assemble();

        Assert.Equal(
            ["input/content/good-practice/a.de.md:10:5: error: unknown audience 'arbeitgeber'; known keys are listed under 'audiences' in taxonomies.yml"],
            assembled.Errors);
    }

    private static List<string> TermUrls(SiteModel model, string language) =>
        [.. model.Language(language).Pages.OfType<TermPage>().Select(p => p.Url).Order(StringComparer.Ordinal)];
}
