using System.Globalization;
using IqSite.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace IqSite.Tests.Newsletters;

/// <summary>
/// The sample site's newsletters read straight from input/ with a plain YAML reader, independent of
/// the pipeline's parser, so the page tests follow the content as editors add to it.
/// </summary>
internal sealed class SampleNewsletters
{
    public static readonly string Root = Path.Combine(RepoRoot.Input, "content", "newsletters");

    private SampleNewsletters()
    {
        var site = YamlText.Load(File.ReadAllText(Path.Combine(RepoRoot.Input, "site.yml")));
        BaseUrl = YamlText.Scalar(site, "base_url")!.TrimEnd('/') + "/";
        foreach (var language in ((YamlSequenceNode)site.Children[new YamlScalarNode("languages")]).Children.Cast<YamlMappingNode>())
        {
            var sections = (YamlMappingNode)language.Children[new YamlScalarNode("sections")];
            Sections[YamlText.Scalar(language, "code")!] = new LanguageSections(
                YamlText.Scalar(sections, "newsletters")!, YamlText.Scalar(sections, "good_practice")!, YamlText.Scalar(sections, "figures")!);
        }
        foreach (var folder in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
            foreach (var language in Sections.Keys)
                if (ReadSeries(folder, language) is { } series) Series.Add(series);
    }

    public static SampleNewsletters Instance { get; } = new();

    public string BaseUrl { get; }

    public Dictionary<string, LanguageSections> Sections { get; } = new(StringComparer.Ordinal);

    public List<SampleSeries> Series { get; } = [];

    /// <summary>The languages with newsletter files of their own; the others show them as fallbacks.</summary>
    public IEnumerable<string> Languages => Sections.Keys.Where(l => Series.Any(s => s.Language == l));

    public IEnumerable<SampleIssue> Issues => Series.SelectMany(s => s.Issues);

    public IEnumerable<SampleArticle> Articles => Issues.SelectMany(i => i.Articles);

    public string IndexUrl(string language) => $"/{language}/{Sections[language].Newsletters}/";

    /// <summary>output/&lt;url&gt;index.html for a root-relative URL ending in '/'.</summary>
    public static string PageFile(string url) => url.TrimStart('/') + "index.html";

    private SampleSeries? ReadSeries(string folder, string language)
    {
        var file = Path.Combine(folder, $"_index.{language}.md");
        if (!File.Exists(file)) return null;
        var (front, _) = Split(file);
        var url = $"{IndexUrl(language)}{YamlText.Scalar(front, "slug") ?? Path.GetFileName(folder)}/";
        var issues = new List<SampleIssue>();
        foreach (var issueFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var issueFile = Path.Combine(issueFolder, $"_index.{language}.md");
            if (!File.Exists(issueFile)) continue;
            var (issue, body) = Split(issueFile);
            // SampleSiteFixture builds with the default options: no drafts, nothing dated after today.
            if (IsDraft(issue) || DateOnly.ParseExact(YamlText.Scalar(issue, "date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture) > DateOnly.FromDateTime(DateTime.UtcNow)) continue;
            var issueUrl = $"{url}{Path.GetFileName(issueFolder)}/";
            var articles = Directory.EnumerateFiles(issueFolder, $"*.{language}.md")
                .Where(f => !Path.GetFileName(f).StartsWith("_index.", StringComparison.Ordinal))
                .Select(f => (File: f, Data: Split(f)))
                .Where(a => !IsDraft(a.Data.Front))
                .Select(a =>
                {
                    var key = Path.GetFileName(a.File).Split('.')[0];
                    return new SampleArticle(Relative(a.File), language, YamlText.Scalar(a.Data.Front, "title")!,
                        int.Parse(YamlText.Scalar(a.Data.Front, "order")!, CultureInfo.InvariantCulture),
                        $"{issueUrl}{YamlText.Scalar(a.Data.Front, "slug") ?? key}/", issueUrl, a.Data.Body);
                })
                .OrderBy(a => a.Order)
                .ToList();
            issues.Add(new SampleIssue(Relative(issueFile), language, Path.GetFileName(issueFolder), issueUrl,
                DateOnly.ParseExact(YamlText.Scalar(issue, "date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                YamlText.Scalar(issue, "title")!, YamlText.Scalar(issue, "cover"), YamlText.Scalar(issue, "cover_alt"), YamlText.Scalar(issue, "pdf"), body, articles));
        }
        return new SampleSeries(Path.GetFileName(folder), language, YamlText.Scalar(front, "title")!, url, issues);
    }

    private static bool IsDraft(YamlMappingNode front) =>
        string.Equals(YamlText.Scalar(front, "draft"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Relative(string file) => Path.GetRelativePath(RepoRoot.Path, file).Replace('\\', '/');

    private static (YamlMappingNode Front, string Body) Split(string file)
    {
        var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
        var close = Array.IndexOf(lines, "---", 1);
        return (YamlText.Load(string.Join('\n', lines[1..close])), string.Join('\n', lines[(close + 1)..]));
    }

}

internal sealed record LanguageSections(string Newsletters, string GoodPractice, string Figures);

internal sealed record SampleSeries(string Key, string Language, string Title, string Url, IReadOnlyList<SampleIssue> Issues);

/// <summary>A published issue in one language; <see cref="Articles"/> in 'order' order.</summary>
internal sealed record SampleIssue(string File, string Language, string Folder, string Url, DateOnly Date, string Title,
    string? Cover, string? CoverAlt, string? Pdf, string Body, IReadOnlyList<SampleArticle> Articles);

internal sealed record SampleArticle(string File, string Language, string Title, int Order, string Url, string IssueUrl, string Body);
