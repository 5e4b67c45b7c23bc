using IqSite.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace IqSite.Tests.Sample;

/// <summary>
/// The repository's own input/ and themes/iq/ built once into a temp folder. The expectations are
/// read from the content files with a plain YAML reader, independent of the pipeline's parser, so
/// the tests follow the sample content as editors add to it.
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("iqsite-sample-");

    public SampleSiteFixture()
    {
        Output = Path.Combine(_temp.FullName, "output");
        Result = new BuildPipeline(new BuildOptions
        {
            InputDirectory = RepoRoot.Input,
            ThemeDirectory = RepoRoot.Theme,
            OutputDirectory = Output,
            DisplayRoot = RepoRoot.Path,
        }).Build();
        var site = YamlText.Load(File.ReadAllText(Path.Combine(RepoRoot.Input, "site.yml")));
        BaseUrl = YamlText.Scalar(site, "base_url")!.TrimEnd('/') + "/";
        Languages = ReadLanguages(site);
        Sheets = ReadSheets();
        Taxonomies = ReadTaxonomies();
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>base_url from site.yml, ending in '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>Language code → its localized good-practice URL segment, from site.yml.</summary>
    public IReadOnlyDictionary<string, string> Languages { get; }

    public IReadOnlyList<SampleSheet> Sheets { get; }

    /// <summary>Front matter field → (language → taxonomy slug, term key → language → term slug), from taxonomies.yml.</summary>
    public IReadOnlyDictionary<string, SampleTaxonomy> Taxonomies { get; }

    public void AssertBuilt() =>
        Assert.True(Result.Succeeded, "the sample site does not build:\n" + TestSite.Lines(Result.Diagnostics));

    /// <summary>The absolute URL of a sheet's page.</summary>
    public string Url(SampleSheet sheet) => $"{BaseUrl}{sheet.Language}/{Languages[sheet.Language]}/{sheet.Slug}/";

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public void Dispose() => _temp.Delete(recursive: true);


    private static Dictionary<string, string> ReadLanguages(YamlMappingNode site)
    {
        var languages = (YamlSequenceNode)site.Children[new YamlScalarNode("languages")];
        return languages.Children.Cast<YamlMappingNode>().ToDictionary(
            l => YamlText.Scalar(l, "code")!,
            l => YamlText.Scalar(YamlText.Map(l, "sections")!, "good_practice")!);
    }

    private List<SampleSheet> ReadSheets()
    {
        var sheets = new List<SampleSheet>();
        var folder = Path.Combine(RepoRoot.Input, "content", "good-practice");
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var parts = name.Split('.');
            if (name.StartsWith('.') || parts.Length != 3 || !Languages.ContainsKey(parts[1])) continue;
            var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
            var close = Array.IndexOf(lines, "---", 1);
            var front = YamlText.Load(string.Join('\n', lines[1..close]));
            var terms = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var field in new[] { "network", "topics", "audiences", "funding_round" })
            {
                if (!front.Children.TryGetValue(new YamlScalarNode(field), out var value)) continue;
                terms[field] = value switch
                {
                    YamlSequenceNode list => [.. list.Children.Cast<YamlScalarNode>().Select(s => s.Value!)],
                    YamlScalarNode scalar => [scalar.Value!],
                    _ => [],
                };
            }
            sheets.Add(new SampleSheet(
                name,
                parts[1],
                YamlText.Scalar(front, "slug") ?? parts[0],
                string.Equals(YamlText.Scalar(front, "draft"), "true", StringComparison.OrdinalIgnoreCase),
                terms));
        }
        return sheets;
    }

    private Dictionary<string, SampleTaxonomy> ReadTaxonomies()
    {
        var root = YamlText.Load(File.ReadAllText(Path.Combine(RepoRoot.Input, "taxonomies.yml")));
        var fields = new Dictionary<string, string>
        {
            ["networks"] = "network",
            ["topics"] = "topics",
            ["audiences"] = "audiences",
            ["funding_rounds"] = "funding_round",
        };
        var result = new Dictionary<string, SampleTaxonomy>(StringComparer.Ordinal);
        foreach (var (taxonomy, field) in fields)
        {
            var map = YamlText.Map(root, taxonomy)!;
            var slug = Languages.Keys.ToDictionary(l => l, l => YamlText.Scalar(YamlText.Map(map, "slug")!, l)!);
            var terms = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (key, value) in YamlText.Map(map, "terms")!.Children)
            {
                var termKey = ((YamlScalarNode)key).Value!;
                var termSlugs = YamlText.Map((YamlMappingNode)value, "slug");
                terms[termKey] = Languages.Keys.ToDictionary(l => l, l => (termSlugs is null ? null : YamlText.Scalar(termSlugs, l)) ?? termKey);
            }
            result[field] = new SampleTaxonomy(slug, terms);
        }
        return result;
    }
}

public sealed record SampleSheet(string File, string Language, string Slug, bool Draft, IReadOnlyDictionary<string, string[]> Terms);

public sealed record SampleTaxonomy(IReadOnlyDictionary<string, string> Slug, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Terms);
