using System.Collections.Immutable;
using IqSite.Assemble;
using IqSite.Discover;
using IqSite.Diagnostics;
using IqSite.Parse;
using IqSite.Render;

namespace IqSite.Generate;

/// <summary>
/// Stage 5: everything besides the pages themselves — the root language chooser, the root 404,
/// sitemap, Atom feeds, robots.txt, Netlify's _headers, static files, content files, image variants and theme assets — as one list of output files.
/// </summary>
public static class GenerateStage
{
    public static GenerateResult Run(SiteModel site, ThemeTemplates templates,
        IReadOnlyList<SourceFile> sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        var png = new PngRenderer(options.ResolvedCacheDirectory);
        var files = new List<OutputFile>();

        files.Add(OutputFile.Text("index.html", templates.Render("language-chooser", LanguageChooser(site))));
        var defaultNotFound = site.AllPages.First(p => p is NotFoundPage && p.Language == site.Config.DefaultLanguage);
        files.Add(OutputFile.Repeat("404.html", defaultNotFound.OutputPath));
        files.AddRange(SitemapGenerator.Generate(site));
        files.Add(RedirectsGenerator.Generate(site));
        files.AddRange(AtomFeedGenerator.Generate(site));
        files.AddRange(FigureFilesGenerator.Generate(site, png, options, diagnostics));
        files.Add(OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.AbsoluteUrl("sitemap.xml")}\n"));

        foreach (var source in sources)
        {
            if (source.Kind == SourceKind.Static) files.Add(OutputFile.Copy(source.Path, source.FullPath));
            else if (source.Kind == SourceKind.Asset) files.Add(OutputFile.Copy($"assets/{source.Path}", source.FullPath));
            // Raster images are published only as their variants below: the originals may be large
            // and may carry camera and location metadata.
            else if (source.Kind == SourceKind.ContentFile && site.Images.GetValueOrDefault(source.Path) is not { IsVector: false })
                files.Add(OutputFile.Copy($"files/{source.Path}", source.FullPath));
        }
        foreach (var image in site.Images.Values)
            files.AddRange(image.Variants.Select(v => OutputFile.Copy(image.Url(v)[1..], v.CacheFile)));
        var embeds = site.AllPages.OfType<FigureEmbedPage>().Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var pages = site.AllPages.Select(p => p.OutputPath).ToArray();
        files.Add(FrameHeadersGenerator.Generate(files.Select(f => f.Path).Concat(pages), embeds));

        // Pages claim their paths first (a page has no source to copy); a static file may not take one.
        var claimed = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in pages.Select(p => (Path: p, CopyFrom: (string?)null)).Concat(files.Select(f => (f.Path, f.CopyFrom))))
        {
            if (claimed.TryAdd(file.Path, file.CopyFrom)) continue;
            var source = file.CopyFrom ?? claimed[file.Path];
            diagnostics.Error(source is null ? file.Path : SourceDiscovery.Display(options, source), 1, 1, $"two files would be written to output/{file.Path}; rename the static file");
        }
        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        return new GenerateResult([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], png.Rendered, png.CacheHits);
    }

    private static ChooserView LanguageChooser(SiteModel site) => new(
        site.Config.DefaultLanguage,
        string.Join(" · ", site.Languages.Select(l => site.Config.Title[l.Language.Code]).Distinct()),
        [.. site.Languages.Select(l => new ChooserLanguage(
            l.Language.Code,
            l.Language.Dir,
            l.Language.Name,
            site.Config.Title[l.Language.Code],
            l.Home.Url,
            site.UiStrings.For(l.Language.Code)[UiStringKeys.ChooseLanguagePrompt]))]);
}

/// <param name="Files">The site's files besides its pages.</param>
/// <param name="PngsRendered">Chart PNGs rendered by sharp in this build.</param>
/// <param name="PngCacheHits">Chart PNGs taken unchanged from the cache.</param>
public sealed record GenerateResult(ImmutableArray<OutputFile> Files, int PngsRendered, int PngCacheHits);
