using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Sample;

/// <summary>The repository's sample site builds and has a page for everything its content promises.</summary>
public sealed class SampleSiteTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Sample_site_builds_without_errors()
    {
        sample.AssertBuilt();
        Assert.NotEmpty(sample.Sheets);
    }

    [Fact]
    public void Every_sheet_has_its_page_in_its_language()
    {
        sample.AssertBuilt();

        var missing = sample.Sheets
            .Where(s => !s.Draft)
            .Select(s => (s.File, Path: $"{s.Language}/{sample.Languages[s.Language]}/{s.Slug}/index.html"))
            .Where(s => !sample.Exists(s.Path))
            .Select(s => $"{s.File} → output/{s.Path}")
            .ToList();

        Assert.True(missing.Count == 0, "sheets without a page:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Sheets_in_both_languages_link_to_each_other()
    {
        sample.AssertBuilt();
        var byKey = sample.Sheets.Where(s => !s.Draft).GroupBy(s => s.File.Split('.')[0]).Where(g => g.Count() > 1);

        foreach (var group in byKey)
        {
            var urls = group.ToDictionary(s => s.Language, sample.Url);
            foreach (var sheet in group)
            {
                var page = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, sheet.Language, sample.Languages[sheet.Language], sheet.Slug, "index.html")));
                var alternates = Html.Alternates(page).Where(a => a.Hreflang != "x-default").ToDictionary(a => a.Hreflang, a => a.Href);
                Assert.Equal(urls.OrderBy(u => u.Key), alternates.OrderBy(a => a.Key));
            }
        }
    }

    [Fact]
    public void Every_term_a_sheet_uses_has_a_term_page()
    {
        sample.AssertBuilt();

        var expected = sample.Sheets
            .Where(s => !s.Draft)
            .SelectMany(s => s.Terms.SelectMany(t => t.Value.Select(term => (s.File, s.Language, Field: t.Key, Term: term))))
            .Select(t =>
            {
                var taxonomy = sample.Taxonomies[t.Field];
                Assert.True(taxonomy.Terms.ContainsKey(t.Term), $"{t.File} uses '{t.Term}', which taxonomies.yml does not define under {t.Field}");
                return (t.File, Path: $"{t.Language}/{sample.Languages[t.Language]}/{taxonomy.Slug[t.Language]}/{taxonomy.Terms[t.Term][t.Language]}/index.html");
            })
            .ToList();
        var missing = expected.Where(e => !sample.Exists(e.Path)).Select(e => $"{e.File} → output/{e.Path}").Distinct().ToList();

        Assert.NotEmpty(expected);
        Assert.True(missing.Count == 0, "terms without a page:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Sitemap_alternates_are_reciprocal()
    {
        sample.AssertBuilt();

        var entries = Sitemap.ReadAll(sample.Output);

        Assert.Contains(entries, e => e.Alternates.Count > 0);
        Sitemap.AssertAlternatesAreReciprocal(entries);
    }

    [Fact]
    public void Sitemap_lists_every_sheet_with_a_lastmod()
    {
        sample.AssertBuilt();
        var entries = Sitemap.ReadAll(sample.Output).ToDictionary(e => e.Loc);

        foreach (var sheet in sample.Sheets.Where(s => !s.Draft))
        {
            var loc = sample.Url(sheet);
            Assert.True(entries.TryGetValue(loc, out var entry), $"{sheet.File}: {loc} is not in the sitemap");
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entry.LastMod ?? "");
        }
    }

    [Fact]
    public void Robots_txt_404_and_the_language_chooser_exist()
    {
        sample.AssertBuilt();

        Assert.Contains($"Sitemap: {sample.BaseUrl}sitemap.xml", File.ReadAllText(Path.Combine(sample.Output, "robots.txt")));
        Assert.True(sample.Exists("404.html"));
        var chooser = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, "index.html")));
        foreach (var language in sample.Languages.Keys)
            Assert.NotNull(chooser.QuerySelector($"a[href='/{language}/']"));
    }
}
