using System.Collections.Immutable;
using Markdig;
using IqSite.Discover;
using IqSite.Diagnostics;
using IqSite.Parse.Figures;

namespace IqSite.Parse;

public sealed record ParseResult(
    SiteConfig Config,
    Taxonomies Taxonomies,
    UiStrings UiStrings,
    ImmutableArray<ParsedDocument> Documents,
    ImmutableArray<FigureSpec> Figures,
    MarkdownPipeline Markdown,
    ImmutableDictionary<string, ContentFileInfo> ContentFiles,
    GermanyMap? Map)
{
    /// <summary>Every image in the content folder by its path there; filled after Parse by <see cref="Images.ImageProcessor"/>.</summary>
    public ImmutableDictionary<string, Images.ContentImage> Images { get; init; } = ImmutableDictionary<string, Images.ContentImage>.Empty;
}

/// <summary>
/// Stage 2: configuration first (content parsing needs the languages), then every content file
/// and figure spec. These are independent of each other, so they are parsed in parallel.
/// </summary>
public static class ParseStage
{
    public static ParseResult Run(IReadOnlyList<SourceFile> sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        var siteFile = sources.FirstOrDefault(s => s.Kind == SourceKind.SiteConfig);
        var config = siteFile is null ? null : SiteConfigParser.Parse(siteFile, diagnostics);
        if (config is null) throw new BuildFailedException(diagnostics.Sorted());

        var codes = config.Languages.Select(l => l.Code).ToArray();
        var taxonomyFile = sources.FirstOrDefault(s => s.Kind == SourceKind.Taxonomies);
        var taxonomies = taxonomyFile is null ? null : TaxonomiesParser.Parse(taxonomyFile, codes, diagnostics);
        var uiStrings = UiStringsParser.Parse(
            sources.Where(s => s.Kind == SourceKind.Translations),
            config,
            SourceDiscovery.Display(options, Path.GetFullPath(options.ThemeDirectory)),
            diagnostics);

        var markdown = MarkdownPipelineFactory.Create();
        var content = sources.Where(s => s.Kind == SourceKind.Content).ToArray();
        var parsed = new ParsedDocument?[content.Length];
        // The preview server parses only what changed since its last build, and a single build
        // takes unchanged files' front matter from the build cache; see BuildMemory.
        var memory = options.Memory;
        var configText = siteFile!.Text ?? "";
        var configHash = FrontMatterTable.Hash(configText);
        Parallel.For(0, content.Length, i =>
        {
            if (memory?.Document(content[i], configText) is { } known)
            {
                parsed[i] = known;
                return;
            }
            var hash = content[i].TextHash;
            var parsedBefore = memory?.ParsedBefore(hash) == true;
            parsed[i] = ContentParser.Parse(content[i], config, markdown, diagnostics, parsedBefore,
                parsedBefore ? memory!.ParsedFrontMatter(hash, FrontMatterTable.Context(content[i].DisplayPath, configHash), content[i].DisplayPath) : null);
        });
        if (memory is not null)
        {
            var remarked = diagnostics.Sorted().Select(d => d.Location.File).ToHashSet(StringComparer.Ordinal);
            foreach (var document in parsed.OfType<ParsedDocument>().Where(d => !remarked.Contains(d.Source.DisplayPath)))
                memory.Remember(document, configText);
        }
        var figureFiles = sources.Where(s => s.Kind == SourceKind.Figure).ToArray();
        var figures = new FigureSpec?[figureFiles.Length];
        string[] figureLanguages = [config.DefaultLanguage, .. codes.Where(c => c != config.DefaultLanguage)];
        Parallel.For(0, figureFiles.Length, i => figures[i] = FigureParser.Parse(figureFiles[i], figureLanguages, diagnostics));

        if (taxonomies is null || uiStrings is null) throw new BuildFailedException(diagnostics.Sorted());
        return new ParseResult(config, taxonomies, uiStrings, [.. parsed.OfType<ParsedDocument>()], [.. figures.OfType<FigureSpec>()], markdown,
            ContentFiles.Read(sources, diagnostics),
            parsed.FirstOrDefault(d => d?.Kind == ContentKind.Network) is { } network
                ? GermanyMap.Load(options.InputDirectory, network.Source.DisplayPath, diagnostics)
                : null);
    }
}
