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
        var (loaded, targets, _) = ReferenceFile.Load(cache);

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

    [Fact]
    public void File_with_a_reference_to_a_text_it_does_not_hold_is_ignored_as_a_whole()
    {
        var cache = _cache;
        ReferenceFile.Save(cache, Pages, "f00d");
        var path = Path.Combine(cache, ReferenceFile.FileName);
        var bytes = File.ReadAllBytes(path);
        // The first reference of de/index.html: its URL's index in the table of texts comes 9 bytes
        // before its line (12) and column (5).
        var url = bytes.AsSpan().IndexOf((byte[])[12, 0, 0, 0, 5, 0, 0, 0]) - 9;
        BitConverter.TryWriteBytes(bytes.AsSpan(url, 4), 1_000_000);
        File.WriteAllBytes(path, bytes);

        // Not only when the page's references are read: the whole file is not taken.
        Assert.Empty(ReferenceFile.Load(cache).Pages);
    }

    // Enough pages that the journal of a few changes stays well under a quarter of the snapshot.
    private static Dictionary<string, PageReferences> Many(int count, string fingerprint = "ff") =>
        Enumerable.Range(0, count).ToDictionary(i => $"de/p{i}/index.html\n{fingerprint}{i}", i => new PageReferences($"de/p{i}/index.html",
            [new Reference("/de/", "a", false, 3, 4), new Reference($"/de/p{i + 1}/", "a", false, 9, 1)],
            new HashSet<string>([$"id{i}"], StringComparer.Ordinal), UsesCookies: false), StringComparer.Ordinal);

    private static Dictionary<string, PageReferences> Changed(Dictionary<string, PageReferences> pages, int page, string fingerprint)
    {
        var changed = new Dictionary<string, PageReferences>(pages, StringComparer.Ordinal);
        var old = changed.Keys.Single(k => k.StartsWith($"de/p{page}/", StringComparison.Ordinal));
        changed.Remove(old);
        changed[$"de/p{page}/index.html\n{fingerprint}"] = new PageReferences($"de/p{page}/index.html", [new Reference("/en/", "a", false, 1, 1)],
            new HashSet<string>(StringComparer.Ordinal), UsesCookies: true);
        return changed;
    }

    private static void AssertHolds(IReadOnlyDictionary<string, PageReferences> expected, SavedScans loaded)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), loaded.Pages.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, page) in expected)
        {
            Assert.Equal((page.OutputPath, page.UsesCookies), (loaded.Pages[key].OutputPath, loaded.Pages[key].UsesCookies));
            Assert.Equal(page.References, loaded.Pages[key].References);
            Assert.Equal(page.Ids.Order(StringComparer.Ordinal), loaded.Pages[key].Ids.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_few_changed_scans_are_appended_to_the_journal_and_load_back_with_the_rest()
    {
        var first = Many(200);
        ReferenceFile.Save(_cache, first, "f00d");
        var snapshot = File.ReadAllBytes(Path.Combine(_cache, ReferenceFile.FileName));
        var second = Changed(Changed(first, 3, "aa"), 150, "bb");

        Assert.True(ReferenceFile.Save(_cache, second, "beef", ReferenceFile.Load(_cache)));
        var third = Changed(second, 7, "cc");
        Assert.True(ReferenceFile.Save(_cache, third, "beef", ReferenceFile.Load(_cache)));

        Assert.Equal(snapshot, File.ReadAllBytes(Path.Combine(_cache, ReferenceFile.FileName)));
        Assert.True(File.Exists(Path.Combine(_cache, ReferenceFile.JournalName)));
        var loaded = ReferenceFile.Load(_cache);
        AssertHolds(third, loaded);
        Assert.Equal("beef", loaded.Targets);
        // Saving what was loaded writes nothing.
        var journal = File.ReadAllBytes(Path.Combine(_cache, ReferenceFile.JournalName));
        Assert.False(ReferenceFile.Save(_cache, third, "beef", loaded));
        Assert.Equal(journal, File.ReadAllBytes(Path.Combine(_cache, ReferenceFile.JournalName)));
    }

    /// <returns>The scans of the snapshot, whose journal holds one record (targets "beef").</returns>
    private (Dictionary<string, PageReferences> Snapshot, string Journal) SnapshotAndOneRecord()
    {
        var first = Many(200);
        ReferenceFile.Save(_cache, first, "f00d");
        ReferenceFile.Save(_cache, Changed(first, 3, "aa"), "beef", ReferenceFile.Load(_cache));
        return (first, Path.Combine(_cache, ReferenceFile.JournalName));
    }

    [Fact]
    public void Journal_record_cut_short_is_not_applied()
    {
        var (first, journal) = SnapshotAndOneRecord();
        File.WriteAllBytes(journal, File.ReadAllBytes(journal)[..^1]);

        var loaded = ReferenceFile.Load(_cache);

        AssertHolds(first, loaded);
        Assert.Equal("f00d", loaded.Targets);
    }

    [Fact]
    public void Journal_record_of_a_build_that_did_not_see_the_record_before_it_is_not_applied()
    {
        var first = Many(200);
        ReferenceFile.Save(_cache, first, "f00d");
        var loadedByBoth = ReferenceFile.Load(_cache);
        var journal = Path.Combine(_cache, ReferenceFile.JournalName);
        var a = Changed(first, 3, "aa");
        ReferenceFile.Save(_cache, a, "aaaa", loadedByBoth);
        var recordA = File.ReadAllBytes(journal);
        File.Delete(journal);
        ReferenceFile.Save(_cache, Changed(first, 4, "bb"), "bbbb", loadedByBoth);
        // Two builds of the same snapshot appended one after the other, as two processes could.
        File.WriteAllBytes(journal, [.. recordA, .. File.ReadAllBytes(journal)]);

        var loaded = ReferenceFile.Load(_cache);

        AssertHolds(a, loaded);
        Assert.Equal("aaaa", loaded.Targets);
        Assert.Equal(recordA.Length, loaded.Position!.JournalLength);
    }

    [Fact]
    public void Journal_of_an_earlier_snapshot_is_not_applied_and_a_long_journal_makes_a_new_snapshot()
    {
        var (_, journal) = SnapshotAndOneRecord();
        var earlier = File.ReadAllBytes(journal);
        // Half the pages changed: more than a quarter of the snapshot, so a new snapshot.
        var most = Many(200, "ee");

        Assert.True(ReferenceFile.Save(_cache, most, "cafe", ReferenceFile.Load(_cache)));
        Assert.False(File.Exists(journal));
        File.WriteAllBytes(journal, earlier);
        var loaded = ReferenceFile.Load(_cache);

        AssertHolds(most, loaded);
        Assert.Equal("cafe", loaded.Targets);
        Assert.Equal(0, loaded.Position!.JournalLength);
    }
}
