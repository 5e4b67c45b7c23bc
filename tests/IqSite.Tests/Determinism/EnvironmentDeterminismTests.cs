using IqSite.Tests.Figures;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Determinism;

/// <summary>
/// The sample site built by two CLI processes that share nothing: other locale, other time zone,
/// the files listed by the file system in the opposite order, each with its own image cache. The
/// two output folders must be byte-identical.
/// </summary>
public sealed class EnvironmentDeterminismTests
{
    // tmpfs lists a folder's entries newest first, unlike ext4 or a sorted listing: copying the
    // same tree in opposite orders gives two trees that enumerate in opposite orders.
    private const string Tmpfs = "/dev/shm";

    private static readonly Dictionary<string, string> German = new()
    {
        ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "Pacific/Kiritimati",
    };

    // Turkish upper-cases 'i' to 'İ'; Saudi Arabic formats dates in the Umm al-Qura calendar.
    private static readonly Dictionary<string, string>[] Others =
    [
        new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "America/Los_Angeles" },
        new() { ["LANG"] = "ar_SA.UTF-8", ["LC_ALL"] = "ar_SA.UTF-8", ["TZ"] = "Asia/Kathmandu" },
    ];

    [Fact]
    public void Sample_site_built_under_other_locales_time_zones_and_listing_order_is_byte_identical()
    {
        Assert.True(Directory.Exists(Tmpfs), $"{Tmpfs} (tmpfs) is needed to list files in reverse order");
        var root = Directory.CreateDirectory(Path.Combine(Tmpfs, $"iqsite-determinism-{Guid.NewGuid():N}")).FullName;
        try
        {
            var forward = CopySite(Path.Combine(root, "forward"), reverse: false);
            var reverse = CopySite(Path.Combine(root, "reverse"), reverse: true);
            var forwardListing = Listing(forward);
            var reverseListing = Listing(reverse);
            Assert.Equal(forwardListing.Order(StringComparer.Ordinal), reverseListing.Order(StringComparer.Ordinal));
            Assert.NotEqual(forwardListing, reverseListing);

            var builds = new[] { (forward, German), (reverse, Others[0]), (forward, Others[1]) }
                .Select(b => Task.Run(() => Build(b.Item1, b.Item2))).ToArray();
            var outputs = builds.Select(b => b.Result).ToArray();

            var expected = FolderSnapshot.Take(outputs[0]);
            Assert.True(expected.Count > 1000, $"only {expected.Count} files were built");
            foreach (var output in outputs[1..])
            {
                var actual = FolderSnapshot.Take(output);
                var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToList();
                Assert.True(differing.Count == 0, $"{differing.Count} files differ from the German build in {output}: {string.Join(", ", differing.Take(20))}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Builds into an output and a cache folder of its own (search index included) and returns the output folder.</summary>
    private static string Build(string site, IReadOnlyDictionary<string, string> environment)
    {
        var locale = environment["LANG"][..5];
        var output = $"output-{locale}";
        var result = CliRunner.Run(site, environment, "build", "--output", output, "--cache", $"cache-{locale}");
        Assert.True(result.ExitCode == 0, result.ToString());
        return Path.Combine(site, output);
    }

    /// <summary>input/ and themes/iq/ of the repository, files created in ordinal or reverse ordinal order, plus a figure in seven languages.</summary>
    private static string CopySite(string to, bool reverse)
    {
        var files = new[] { RepoRoot.Input, RepoRoot.Theme }
            .SelectMany(from => Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(RepoRoot.Path, file))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (reverse) files.Reverse();
        foreach (var file in files)
        {
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoRoot.Path, file), target);
        }
        // The sample's figures speak de and en only; one in seven languages makes any per-process
        // (hash) order of a figure's languages show in its downloads with near certainty.
        File.WriteAllText(Path.Combine(to, "input", "figures", "top-5.json"), FigureParserTests.ValidIn("uk", "ar", "tr", "fa", "ru"));
        return to;
    }

    private static List<string> Listing(string site) =>
        [.. Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f))];
}
