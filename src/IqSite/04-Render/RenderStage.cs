using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    /// <param name="pages">The site's pages, or those of them to render again (<see cref="TextEditRebuild"/>).</param>
    /// <param name="keep">
    /// Asked first, given a page: what <paramref name="finish"/> returned for it in an earlier build,
    /// when nothing it is made from has changed since (<see cref="PageInputs"/>) and its file is
    /// still at hand; null to go on to its render key.
    /// </param>
    /// <param name="reuse">
    /// Given a page and its render key (<see cref="RenderKeys"/>): what <paramref name="finish"/>
    /// returned for the same key in an earlier build, when that page's file is still at hand; null
    /// to render the page.
    /// </param>
    /// <param name="finish">
    /// Takes each rendered page, its key and its UTF-8 bytes as soon as it is rendered: the build
    /// writes it to the staging folder and keeps only what Verify needs, so the site's HTML
    /// (hundreds of megabytes for a large archive) is never held in memory at once.
    /// </param>
    /// <returns>What <paramref name="reuse"/> or <paramref name="finish"/> returned for each page, in URL order.</returns>
    /// <param name="keys">The site's render keys (<see cref="RenderKeys"/>, made once per site model).</param>
    public static ImmutableArray<T> Run<T>(SiteModel site, IEnumerable<Page> pages, ThemeTemplates templates, RenderKeys keys, MarkdownPipeline markdown,
        BuildOptions options, DiagnosticBag diagnostics, Func<Page, T?> keep, Func<Page, string, T?> reuse, Func<Page, string, byte[], T> finish) where T : class
    {
        var furniture = new FurnitureBuilder(site, options);
        var keyed = new MainViewBuilder(site, markdown, keys.Body);
        var mains = new MainViewBuilder(site, markdown);
        var finished = new ConcurrentBag<(string Url, T Result)>();
        var toRender = pages as IReadOnlyCollection<Page> ?? [.. pages];
        // How many pages still to render show each document's text; at none its tree is let go.
        var showing = new Dictionary<Parse.ParsedDocument, StrongBox<int>>(ReferenceEqualityComparer.Instance);
        foreach (var document in toRender.Select(p => p.Document).OfType<Parse.ParsedDocument>())
            showing[document] = new StrongBox<int>(showing.GetValueOrDefault(document)?.Value + 1 ?? 1);
        Parallel.ForEach(toRender, page =>
        {
            try
            {
                if (keep(page) is { } unchanged)
                {
                    finished.Add((page.Url, unchanged));
                    return;
                }
                var (layout, standIn, crumbs) = keyed.Build(page);
                var keyView = furniture.Build(page, standIn, crumbs);
                var key = keys.Of(page, layout, keyView);
                if (reuse(page, key) is { } kept)
                {
                    finished.Add((page.Url, kept));
                    return;
                }
                var view = page.Document is null ? keyView : keyView with { Main = mains.Build(page).Main };
                // A fallback page's main content is written wholly in its text's language, labels included.
                var content = templates.Render(layout, page.IsFallback ? view with { T = furniture.Strings(page.TextLanguage) } : view);
                var html = templates.RenderUtf8(ThemeTemplates.BaseLayoutFor(page), view with { Content = content });
                finished.Add((page.Url, finish(page, key, html)));
            }
            // A name the view does not have (strict templates) is not a HandlebarsException.
            catch (Exception ex) when (ex is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
            {
                var file = page.Document?.Source.DisplayPath ?? page.Url;
                diagnostics.Error(file, 1, 1, $"rendering {page.Url} failed: {ex.Message}");
            }
            finally
            {
                if (page.Document is { } document && Interlocked.Decrement(ref showing[document].Value) == 0) document.Markdown.Release();
            }
        });
        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        return [.. finished.OrderBy(r => r.Url, StringComparer.Ordinal).Select(r => r.Result)];
    }
}
