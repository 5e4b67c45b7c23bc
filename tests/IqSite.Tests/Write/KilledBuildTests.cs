using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Tests.Figures;
using IqSite.Tests.Fixtures;
using Xunit.Abstractions;

namespace IqSite.Tests.Write;

/// <summary>
/// A build killed (SIGKILL) at any moment leaves output/ exactly as a complete build made it, the
/// previous one or, if the kill came after the swap, the new one; never a mixture. Black-box: the
/// real CLI in a child process, folders compared by content, so it holds however Write works inside.
/// </summary>
public sealed partial class KilledBuildTests(ITestOutputHelper log)
{
    private const int Kills = 20;

    /// <summary>Sheets per language: enough that a build takes a second or two, so kill points fall in every stage.</summary>
    private const int SheetsPerLanguage = 100;

    private static readonly string[] BuildArgs = ["build", "--no-search", "--timings", "--cache", "cache"];

    [Fact]
    public void Build_killed_at_random_points_leaves_the_previous_or_the_new_output_and_the_next_build_cleans_up()
    {
        using var site = TestSite.Create(GeneratedSite());
        var variants = new[] { "Wer wir sind.", "Wer wir sind, zweite Fassung." };
        var snapshots = new SortedDictionary<string, string>[2];
        BuildTiming? timing = null;
        for (var v = 0; v < 2; v++)
        {
            WriteVariant(site, variants[v]);
            timing = Build(site);
            snapshots[v] = FolderSnapshot.Take(site.Output);
        }
        Assert.NotEqual(snapshots[0], snapshots[1]);
        // Whatever a successful build leaves beside output/ (in its parent folder) is the norm; a killed build's leftovers must go.
        var expectedEntries = TopLevelEntries(site.Root);

        var seed = int.TryParse(Environment.GetEnvironmentVariable("IQSITE_KILL_SEED"), out var given) ? given : Random.Shared.Next();
        var random = new Random(seed);
        log.WriteLine($"seed {seed} (set IQSITE_KILL_SEED to repeat); {SheetsPerLanguage * 2} sheets, {snapshots[0].Count} output files");
        var current = 1;
        var outcomes = new List<string>();
        var estimatedStages = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var target = 1 - current;
            WriteVariant(site, variants[target]);
            // One kill point in each twentieth of the last build's duration, placed at random inside it.
            var delay = TimeSpan.FromMilliseconds(timing!.Wall.TotalMilliseconds * (kill + random.NextDouble()) / Kills);
            using var cli = CliRunner.Start(site.Root, new Dictionary<string, string>(), BuildArgs);
            var finished = cli.Process.WaitForExit(delay);
            if (!finished) cli.Process.Kill(entireProcessTree: true);
            cli.Process.WaitForExit();

            Assert.True(Directory.Exists(site.Output), $"kill {kill} at {delay.TotalMilliseconds:0} ms left no output/ (seed {seed})");
            var after = FolderSnapshot.Take(site.Output);
            var state = after.SequenceEqual(snapshots[current]) ? "previous" : after.SequenceEqual(snapshots[target]) ? "new" : null;
            Assert.True(state is not null, $"kill {kill} at {delay.TotalMilliseconds:0} ms left a mixture in output/ (seed {seed}): "
                + string.Join(", ", Differences(after, snapshots[current]).Take(10)));
            var leftovers = TopLevelEntries(site.Root).Except(expectedEntries).ToList();
            var stage = finished ? "finished first" : timing.StageAt(delay);
            outcomes.Add($"{(finished ? "finished" : "killed")}, output {state}{(leftovers.Count > 0 ? ", left " + string.Join(" ", leftovers) : "")}");
            estimatedStages.Add(stage);
            log.WriteLine($"kill {kill,2} at {delay.TotalMilliseconds,6:0} ms (last build {timing.Wall.TotalMilliseconds:0} ms, ≈ {stage}): {outcomes[^1]}");

            timing = Build(site);
            var rebuilt = FolderSnapshot.Take(site.Output);
            Assert.True(rebuilt.SequenceEqual(snapshots[target]), $"the build after kill {kill} differs from a build of the same input: "
                + string.Join(", ", Differences(rebuilt, snapshots[target]).Take(10)));
            Assert.Equal(expectedEntries, TopLevelEntries(site.Root));
            current = target;
        }

        log.WriteLine("kill points by estimated stage: " + string.Join(", ", estimatedStages.GroupBy(s => s).Select(g => $"{g.Key} {g.Count()}")));
        log.WriteLine("outcomes: " + string.Join(", ", outcomes.Select(o => o.Split(", left")[0]).GroupBy(o => o).Select(g => $"{g.Key} {g.Count()}")));
    }

    /// <summary>A complete build; its --timings table says when each stage ran, for placing the kills.</summary>
    private static BuildTiming Build(TestSite site)
    {
        var started = DateTime.UtcNow;
        var result = CliRunner.Run(site.Root, BuildArgs);
        var wall = DateTime.UtcNow - started;
        Assert.True(result.ExitCode == 0, result.ToString());
        var stages = result.Lines.Select(l => TimingRow().Match(l)).Where(m => m.Success && m.Groups[1].Value != "total")
            .Select(m => (m.Groups[1].Value, TimeSpan.FromMilliseconds(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))))
            .ToList();
        Assert.NotEmpty(stages);
        return new BuildTiming(wall, stages);
    }

    /// <summary>
    /// The wall time of a build and its stages in order. Whatever the stages do not cover came
    /// before them: starting the runtime and parsing the command line.
    /// </summary>
    private sealed record BuildTiming(TimeSpan Wall, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages)
    {
        public string StageAt(TimeSpan delay)
        {
            var at = Wall - Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
            if (delay < at) return "startup";
            foreach (var (stage, elapsed) in Stages)
            {
                at += elapsed;
                if (delay < at) return stage;
            }
            return "after the last stage";
        }
    }

    [GeneratedRegex(@"^│\s*(\w+)\s*│\s*([0-9.]+)\s*│")]
    private static partial Regex TimingRow();

    private static void WriteVariant(TestSite site, string aboutText) =>
        site.WriteFile("input/content/pages/about.de.md", $"---\ntitle: \"Über uns\"\nslug: ueber-uns\n---\n{aboutText}\n");

    private static string GeneratedSite() => SiteFiles.Join(
        [SiteFiles.Base, $"-- input/figures/top-5.json --\n{FigureParserTests.Valid}", "-- input/static/files/notes.txt --\nnotes",
            .. Enumerable.Range(0, SheetsPerLanguage).SelectMany(i => new[]
            {
                SiteFiles.Sheet($"sheet-{i:000}", "de", network: i % 2 == 0 ? "berlin" : "bayern"),
                SiteFiles.Sheet($"sheet-{i:000}", "en", network: i % 2 == 0 ? "berlin" : "bayern"),
            })]);

    private static List<string> TopLevelEntries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Differences(SortedDictionary<string, string> actual, SortedDictionary<string, string> expected) =>
        actual.Keys.Union(expected.Keys).Where(k => actual.GetValueOrDefault(k) != expected.GetValueOrDefault(k));
}
