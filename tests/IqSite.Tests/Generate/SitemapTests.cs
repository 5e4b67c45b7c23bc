using IqSite.Tests.Fixtures;
using IqSite.Tests.Render;

namespace IqSite.Tests.Generate;

public sealed class SitemapTests(RenderedSiteFixture site) : IClassFixture<RenderedSiteFixture>
{
    private IReadOnlyList<Sitemap.Entry> Entries => Sitemap.ReadAll(site.Site.Test.Output);

    [Fact]
    public void Sitemap_is_well_formed_xml_in_the_sitemap_namespace()
    {
        // sitemap.xml is the index of one sitemap per language.
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", site.Site.Test.ReadOutput("sitemap.xml"));
        var files = Sitemap.Files(site.Site.Test.Output).Select(f => Path.GetFileName(f)).ToArray();
        Assert.Equal(["sitemap-de.xml", "sitemap-en.xml"], files);
        foreach (var file in files)
        {
            var xml = site.Site.Test.ReadOutput(file);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
            Assert.NotEmpty(Sitemap.Entries(xml));
        }
    }

    [Fact]
    public void Sitemap_lists_every_indexable_page_once_with_an_absolute_url()
    {
        var locs = Entries.Select(e => e.Loc).ToList();
        var htmlFiles = Directory.EnumerateFiles(site.Site.Test.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Site.Test.Output, f).Replace('\\', '/'))
            .Where(f => f.Contains('/') && !f.EndsWith("404.html", StringComparison.Ordinal))
            .Select(f => "https://example.org/" + f[..^"index.html".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(htmlFiles, locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }

    [Fact]
    public void Not_found_pages_are_not_in_the_sitemap()
    {
        Assert.DoesNotContain(Entries, e => e.Loc.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_url_with_alternates_is_named_back_by_each_of_them()
    {
        var entries = Entries;

        Assert.Contains(entries, e => e.Alternates.Count > 0);
        Sitemap.AssertAlternatesAreReciprocal(entries);
    }

    [Fact]
    public void Translated_sheet_has_alternates_and_untranslated_sheet_has_none()
    {
        var byLoc = Entries.ToDictionary(e => e.Loc);

        Assert.Equal(
            [
                ("de", "https://example.org/de/gute-praxis/kmu-werkzeugkasten/"),
                ("en", "https://example.org/en/good-practice/sme-toolbox/"),
                ("x-default", "https://example.org/de/gute-praxis/kmu-werkzeugkasten/"),
            ],
            byLoc["https://example.org/en/good-practice/sme-toolbox/"].Alternates);
        Assert.Empty(byLoc["https://example.org/de/gute-praxis/nur-deutsch/"].Alternates);
    }

    [Fact]
    public void Sheets_have_lastmod_from_updated_or_else_published()
    {
        var byLoc = Entries.ToDictionary(e => e.Loc);

        Assert.Equal("2022-11-02", byLoc["https://example.org/de/gute-praxis/kmu-werkzeugkasten/"].LastMod);
        Assert.Equal("2021-03-15", byLoc["https://example.org/en/good-practice/sme-toolbox/"].LastMod);
        Assert.Equal("2021-03-05", byLoc["https://example.org/de/gute-praxis/nur-deutsch/"].LastMod);
        Assert.Equal("2022-11-02", byLoc["https://example.org/de/gute-praxis/"].LastMod);
    }
}
