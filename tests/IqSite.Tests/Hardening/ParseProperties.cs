using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Parse;
using IqSite.Parse.Figures;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Hardening;

/// <summary>
/// Whatever bytes a file holds, reading and parsing it ends in diagnostics, never in an exception
/// (a <see cref="BuildFailedException"/> is how a stage ends a failed build), and every diagnostic
/// names a line of the file and a column on it.
/// </summary>
public sealed class ParseProperties
{
    // About two seconds for all four; found each YAML failure now in the corpus within a few runs.
    private const int Runs = 1000;

    private const string FigureId = "berlin-folgeberatungen-2019-2022";

    private static readonly Lazy<SiteConfig> Config = new(() =>
        SiteConfigParser.Parse(new SourceFile(SourceKind.SiteConfig, "site.yml", "site.yml", "site.yml", Text(SiteFiles.SiteYml())), new DiagnosticBag())!);

    private static readonly Lazy<Markdig.MarkdownPipeline> Markdown = new(MarkdownPipelineFactory.Create);

    [Property(MaxTest = Runs)]
    public Property Content_files_never_throw_and_point_inside_the_file() => Holds(SourceKind.Content,
        [("pages/fuzz.de.md", Text(SiteFiles.Pages)), ("good-practice/fuzz.de.md", Text(SiteFiles.Sheet("fuzz", "de")))],
        (file, diagnostics) => ContentParser.Parse(file, Config.Value, Markdown.Value, diagnostics));

    [Property(MaxTest = Runs)]
    public Property Site_yml_never_throws_and_points_inside_the_file() => Holds(SourceKind.SiteConfig,
        [("site.yml", Text(SiteFiles.SiteYml()))],
        (file, diagnostics) => SiteConfigParser.Parse(file, diagnostics));

    [Property(MaxTest = Runs)]
    public Property Taxonomies_yml_never_throws_and_points_inside_the_file() => Holds(SourceKind.Taxonomies,
        [("taxonomies.yml", Text(SiteFiles.TaxonomiesYml))],
        (file, diagnostics) => TaxonomiesParser.Parse(file, ["de", "en"], diagnostics));

    [Property(MaxTest = Runs)]
    public Property Figure_json_never_throws_and_points_inside_the_file() => Holds(SourceKind.Figure,
        [($"{FigureId}.json", File.ReadAllText(Path.Combine(RepoRoot.Input, "figures", $"{FigureId}.json")))],
        (file, diagnostics) => FigureParser.Parse(file, ["de", "en"], diagnostics));

    private static Property Holds(SourceKind kind, (string Path, string Text)[] seeds, Action<SourceFile, DiagnosticBag> parse) =>
        Prop.ForAll(Arb.From(FuzzedFile.From(seeds)), input =>
        {
            var diagnostics = new DiagnosticBag();
            var text = SourceText.Decode(input.Bytes, input.Path, diagnostics);
            try
            {
                if (text is not null) parse(new SourceFile(kind, input.Path, input.Path, input.Path, text), diagnostics);
            }
            catch (BuildFailedException)
            {
                // A stage may end a failed build this way; the diagnostics are what counts.
            }
            var outside = diagnostics.Sorted().Where(d => !DiagnosticBounds.IsInside(input.Bytes, d.Location)).ToList();
            Assert.True(outside.Count == 0, "outside the file:\n" + TestSite.Lines(outside));
        });

    // The one file of a fixture text.
    private static string Text(string fixture) => FixtureText.Parse(fixture)[0].Text;
}
