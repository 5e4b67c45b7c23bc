using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Determinism;

/// <summary>Same input, same bytes: parallel parsing and rendering must not leak into the output.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Building_the_same_input_twice_gives_byte_identical_trees()
    {
        using var site = TestSite.Create(SiteFiles.Join(
            SiteFiles.SiteYml(pageSize: 2), SiteFiles.TaxonomiesYml, SiteFiles.Pages,
            SiteFiles.Sheet("a", "de", published: "2021-01-01", topics: "[qualification, digital-tools]"),
            SiteFiles.Sheet("b", "de", published: "2021-01-01", network: "bayern"),
            SiteFiles.Sheet("c", "de", published: "2022-02-02", audiences: "[employers, immigrants]"),
            SiteFiles.Sheet("d", "de", published: "2019-09-09"),
            SiteFiles.Sheet("a", "en", published: "2021-01-01", topics: "[qualification, digital-tools]"),
            SiteFiles.Sheet("c", "en", published: "2022-02-02", slug: "see"),
            """
            -- input/static/files/a.txt --
            A
            """));
        var first = site.PathOf("first");
        var second = site.PathOf("second");

        site.BuildSucceeds(site.Options with { OutputDirectory = first });
        site.BuildSucceeds(site.Options with { OutputDirectory = second });

        var a = FolderSnapshot.Take(first);
        var b = FolderSnapshot.Take(second);
        Assert.True(a.Count > 40, $"only {a.Count} files were built");
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, hash) in a)
            Assert.True(hash == b[path], $"{path} differs between two builds of the same input");
    }
}
