using IqSite.Verify;

namespace IqSite.Tests.Verify;

/// <summary>The page scans kept in the build cache come back exactly, or not at all.</summary>
public sealed class ReferenceFileTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("iqsite-references-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static readonly Dictionary<string, PageReferences> Pages = new(StringComparer.Ordinal)
    {
        ["de/index.html\nab12"] = new("de/index.html",
            [new Reference("/de/gute-praxis/", "a", false, 12, 5), new Reference("/assets/x.png", "img", true, 30, 1, ImageWithoutAlt: "/assets/x.png")],
            new HashSet<string>(["main", "top"], StringComparer.Ordinal), UsesCookies: false),
        ["en/index.html\ncd34"] = new("en/index.html", [], new HashSet<string>(StringComparer.Ordinal), UsesCookies: true),
    };

    [Fact]
    public void Saved_scans_load_back_equal()
    {
        var cache = _cache;

        ReferenceFile.Save(cache, Pages, "f00d");
        var (loaded, targets) = ReferenceFile.Load(cache);

        Assert.Equal(Pages.Keys.Order(StringComparer.Ordinal), loaded.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, page) in Pages)
        {
            Assert.Equal(page.OutputPath, loaded[key].OutputPath);
            Assert.Equal(page.References, loaded[key].References);
            Assert.Equal(page.Ids.Order(StringComparer.Ordinal), loaded[key].Ids.Order(StringComparer.Ordinal));
            Assert.Equal(page.UsesCookies, loaded[key].UsesCookies);
        }
        Assert.Equal("f00d", targets);
        Assert.Empty(Directory.EnumerateFiles(cache, "*.tmp"));
    }

    [Fact]
    public void Cut_off_file_is_ignored_as_a_whole()
    {
        var cache = _cache;
        ReferenceFile.Save(cache, Pages, "f00d");
        var path = Path.Combine(cache, ReferenceFile.FileName);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^9]);

        Assert.Equal((0, null), (ReferenceFile.Load(cache).Pages.Count, ReferenceFile.Load(cache).Targets));
    }
}
