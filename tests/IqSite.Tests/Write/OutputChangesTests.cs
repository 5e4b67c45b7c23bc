using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Write;

/// <summary>A reviewer sees what a change does to the site: pages added, changed and removed, by language.</summary>
public sealed class OutputChangesTests
{
    [Fact]
    public void First_build_has_nothing_to_compare_with()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));

        Assert.Null(site.BuildSucceeds().Changes);
    }

    [Fact]
    public void Second_build_lists_the_added_changed_and_removed_pages_of_each_language()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de"), SiteFiles.Sheet("b", "de"), SiteFiles.Sheet("a", "en")));
        site.BuildSucceeds();
        File.Delete(site.PathOf("input/content/good-practice/b.de.md"));
        site.WriteFiles(SiteFiles.Join(SiteFiles.Sheet("c", "en"), SiteFiles.Sheet("a", "de", network: "bayern")));

        var changes = site.BuildSucceeds().Changes;

        Assert.NotNull(changes);
        var de = Assert.Single(changes!.Value, c => c.Language == "de");
        // Term pages follow their sheets: a's new network gets one, Berlin loses its last sheets.
        Assert.Equal(["/de/gute-praxis/landesnetzwerk/bayern/"], de.Added.ToArray());
        Assert.Contains("/de/gute-praxis/a/", de.Changed);
        Assert.Contains("/de/gute-praxis/b/", de.Removed);
        Assert.Contains("/de/gute-praxis/landesnetzwerk/berlin/", de.Removed);
        var en = Assert.Single(changes.Value, c => c.Language == "en");
        Assert.Equal(["/en/good-practice/c/"], en.Added.Where(p => p.StartsWith("/en/good-practice/c", StringComparison.Ordinal)));
        Assert.DoesNotContain("/en/good-practice/a/", en.Changed);
    }

    [Fact]
    public void Rebuilding_unchanged_input_changes_no_page()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));
        site.BuildSucceeds();

        Assert.Empty(site.BuildSucceeds().Changes!.Value);
    }
}
