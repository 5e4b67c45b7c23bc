using System.Collections.Concurrent;
using System.Collections.Immutable;
using HandlebarsDotNet;
using Markdig;
using IqSite.Assemble;
using IqSite.Diagnostics;

namespace IqSite.Render;

/// <summary>
/// Stage 4: Markdown to HTML, then the page type's layout inside the base layout.
/// Pages are independent and the model is read-only, so they render in parallel.
/// </summary>
public static class RenderStage
{
    public static ImmutableArray<RenderedPage> Run(SiteModel site, ThemeTemplates templates, MarkdownPipeline markdown,
        BuildOptions options, DiagnosticBag diagnostics)
    {
        var furniture = new FurnitureBuilder(site, options);
        var mains = new MainViewBuilder(site, markdown);
        var rendered = new ConcurrentBag<RenderedPage>();
        Parallel.ForEach(site.AllPages, page =>
        {
            try
            {
                var (layout, main, crumbs) = mains.Build(page);
                var view = furniture.Build(page, main, crumbs);
                // A fallback page's main content is written wholly in its text's language, labels included.
                var content = templates.Render(layout, page.IsFallback ? view with { T = furniture.Strings(page.TextLanguage) } : view);
                rendered.Add(new RenderedPage(page, templates.Render(ThemeTemplates.BaseLayoutFor(page), view with { Content = content })));
            }
            catch (HandlebarsException ex)
            {
                var file = page.Document?.Source.DisplayPath ?? page.Url;
                diagnostics.Error(file, 1, 1, $"rendering {page.Url} failed: {ex.Message}");
            }
        });
        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        return [.. rendered.OrderBy(r => r.Page.Url, StringComparer.Ordinal)];
    }
}
