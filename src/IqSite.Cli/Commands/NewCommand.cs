using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Parse;

namespace IqSite.Cli.Commands;

/// <summary>
/// <c>iqsite new issue|article|good-practice</c>: writes the files an editor fills in, one per
/// site language, with every field present and explained. Required fields are left empty, so
/// <c>iqsite check</c> lists exactly what is still to do, with file and line.
/// </summary>
internal static partial class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a newsletter issue, an article or a good-practice sheet from a template");
        command.Subcommands.Add(Issue());
        command.Subcommands.Add(Article());
        command.Subcommands.Add(GoodPractice());
        return command;
    }

    private static Command Issue()
    {
        var common = new CommonOptions();
        var series = new Argument<string>("series") { Description = "The series folder in content/newsletters/, e.g. iq-konkret" };
        var number = new Argument<string>("yyyy-nn") { Description = "Year and number of the issue, e.g. 2023-01" };
        var command = new Command("issue", "Create content/newsletters/<series>/<yyyy-nn>/_index.<lang>.md in German and English (other languages fall back)") { series, number };
        common.AddTo(command);
        command.SetAction(parse => Run(common.Read(parse, "output"), site =>
        {
            var seriesKey = parse.GetValue(series)!;
            var folder = parse.GetValue(number)!;
            var seriesFolder = Path.Combine(site.Content, "newsletters", seriesKey);
            if (!Directory.Exists(seriesFolder))
            {
                var known = Directory.Exists(Path.Combine(site.Content, "newsletters"))
                    ? Directory.EnumerateDirectories(Path.Combine(site.Content, "newsletters")).Select(d => Path.GetFileName(d)!)
                    : [];
                return Fail($"there is no series '{seriesKey}' in {Display(site, Path.Combine(site.Content, "newsletters"))}{Suggestions.DidYouMean(seriesKey, known)}");
            }
            var match = IssueFolder().Match(folder);
            if (!match.Success) return Fail($"'{folder}' is not <year>-<number>, e.g. 2023-01");
            var printed = $"{int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)}/{match.Groups[1].Value}";
            return Write(site, Path.Combine(seriesFolder, folder), "_index", "issue", new() { ["number"] = printed });
        }));
        return command;
    }

    private static Command Article()
    {
        var common = new CommonOptions();
        var issue = new Argument<string>("issue-folder") { Description = "The issue's folder, e.g. input/content/newsletters/iq-konkret/2023-01" };
        var slug = new Argument<string>("slug") { Description = "The article's file name and URL, e.g. interview-foerderphase" };
        var command = new Command("article", "Create <issue-folder>/<slug>.<lang>.md in German and English (other languages fall back)") { issue, slug };
        common.AddTo(command);
        command.SetAction(parse => Run(common.Read(parse, "output"), site =>
        {
            var folder = Path.GetFullPath(parse.GetValue(issue)!);
            var key = parse.GetValue(slug)!;
            if (!File.Exists(Path.Combine(folder, $"_index.{site.Config.DefaultLanguage}.md")))
                return Fail($"{Display(site, folder)} is not an issue folder (it has no _index.{site.Config.DefaultLanguage}.md); create the issue first with 'iqsite new issue'");
            if (!Slug().IsMatch(key)) return Fail($"'{key}' must be lowercase ASCII letters, digits and hyphens (it becomes the URL)");
            // The next free position in the table of contents; the editor may change it.
            var next = site.Documents
                .Where(d => d.FrontMatter is ArticleFrontMatter && Path.GetDirectoryName(d.Source.FullPath) == folder.TrimEnd(Path.DirectorySeparatorChar))
                .Select(d => ((ArticleFrontMatter)d.FrontMatter).Order)
                .DefaultIfEmpty(0)
                .Max() + 1;
            return Write(site, folder, key, "article", new() { ["order"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }));
        return command;
    }

    private static Command GoodPractice()
    {
        var common = new CommonOptions();
        var slug = new Argument<string>("slug") { Description = "The sheet's file name and URL, e.g. erklaerkarten" };
        var command = new Command("good-practice", "Create content/good-practice/<slug>.<lang>.md in German and English (other languages fall back)") { slug };
        common.AddTo(command);
        command.SetAction(parse => Run(common.Read(parse, "output"), site =>
        {
            var key = parse.GetValue(slug)!;
            if (!Slug().IsMatch(key)) return Fail($"'{key}' must be lowercase ASCII letters, digits and hyphens (it becomes the URL)");
            return Write(site, Path.Combine(site.Content, "good-practice"), key, "good-practice", []);
        }));
        return command;
    }

    /// <summary>The site as Parse sees it: languages, UI strings and the existing documents.</summary>
    private sealed record Site(BuildOptions Options, SiteConfig Config, UiStrings Strings, IReadOnlyList<ParsedDocument> Documents)
    {
        public string Content => Path.Combine(Path.GetFullPath(Options.InputDirectory), "content");
    }

    private static int Run(BuildOptions options, Func<Site, int> create)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var sources = SourceDiscovery.Run(options, diagnostics);
            var parsed = ParseStage.Run(sources, options, diagnostics);
            return create(new Site(options, parsed.Config, parsed.UiStrings, parsed.Documents));
        }
        catch (BuildFailedException failed)
        {
            Report.Diagnostics(failed.Diagnostics, DiagnosticFormat.Text);
            return 1;
        }
    }

    private static int Write(Site site, string folder, string key, string template, Dictionary<string, string> values)
    {
        // The editorial languages, those with a commented template (German, English); the others
        // show the German or English page as their fallback until a translation is added by hand.
        var files = site.Config.Languages.Where(l => HasTemplate(template, l.Code))
            .Select(l => (Language: l.Code, Path: Path.Combine(folder, $"{key}.{l.Code}.md"))).ToList();
        if (files.FirstOrDefault(f => File.Exists(f.Path)) is { Path: not null } existing)
            return Fail($"{Display(site, existing.Path)} already exists; nothing was written");
        Directory.CreateDirectory(folder);
        foreach (var (language, path) in files)
        {
            var strings = site.Strings.For(language);
            var text = Placeholder().Replace(Template(template, language), m =>
                values.TryGetValue(m.Groups[1].Value, out var value) ? value : strings[m.Groups[1].Value]);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            Console.WriteLine($"created {Display(site, path)}");
        }
        Console.WriteLine("Fill in the empty fields; 'iqsite check' lists the ones still missing, with file and line.");
        return 0;
    }

    /// <summary>The template in the file's language, or the English one for languages without their own.</summary>
    private static bool HasTemplate(string name, string language) =>
        typeof(NewCommand).Assembly.GetManifestResourceInfo($"IqSite.Cli.Scaffolds.{name}.{language}.md") is not null;

    private static string Template(string name, string language)
    {
        var assembly = typeof(NewCommand).Assembly;
        using var stream = assembly.GetManifestResourceStream($"IqSite.Cli.Scaffolds.{name}.{language}.md")
            ?? assembly.GetManifestResourceStream($"IqSite.Cli.Scaffolds.{name}.en.md")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }

    private static string Display(Site site, string path) => SourceDiscovery.Display(site.Options, path);

    [GeneratedRegex("^([0-9]{4})-([0-9]{2})$")]
    private static partial Regex IssueFolder();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
