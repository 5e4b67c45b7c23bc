using System.Globalization;
using System.Text.Json;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Figures;

/// <summary>
/// The sample figures are transcriptions: a sample of their numbers (seed-numbers.txt) must
/// appear, as printed, in the source publication and equal the value in the figure file.
/// The publication lives beside the repository (../shared/seeds/), never inside it.
/// </summary>
public sealed class SeedNumbersTests
{
    private static readonly string Seed = Path.Combine(RepoRoot.Path, "..", "shared", "seeds", "003_ddb4b5f7117b375c.txt");

    [SkippableFact]
    public void Sampled_figure_values_appear_in_the_seed_as_printed_and_match_the_json()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Seed) && inCi) Assert.Fail($"the seed publication is missing at {Seed}");
        Skip.IfNot(File.Exists(Seed), $"the seed publication is not beside this checkout ({Seed})");
        var seed = File.ReadAllText(Seed);
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.TestProject, "Figures", "seed-numbers.txt"))
            .Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 15, "seed-numbers.txt should sample at least 15 numbers");

        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            var (id, series, category, value, printed) = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture), parts[4]);
            Assert.True(seed.Contains(printed, StringComparison.Ordinal), $"{id}: '{printed}' does not occur in the seed");
            Assert.Equal(value, double.Parse(printed.Replace(".", "").Replace(',', '.'), CultureInfo.InvariantCulture));

            using var figure = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Input, "figures", id + ".json")));
            var stored = figure.RootElement.GetProperty("series")[series].GetProperty("values")[category].GetDouble();
            Assert.True(stored == value, $"{id}: series {series}, category {category} holds {stored}, the seed prints {printed}");
        }
    }
}
