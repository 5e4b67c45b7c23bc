using System.Collections.Immutable;
using System.Diagnostics;
using IqSite.Assemble;
using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Parse;
using IqSite.Render;
using IqSite.Verify;
using IqSite.Write;

namespace IqSite;

/// <summary>
/// The preview's rebuild for an editor's commonest save: the Markdown text of published
/// documents changed, their front matter did not. No other page shows anything of a document's
/// text (lists, cards, menus, feeds, the sitemap and the search metadata come from front matter;
/// the one exception, a marked translation's notice that its original changed, takes the full
/// build), so only the pages made from those documents are parsed, checked, rendered, verified and
/// replaced in output/, in milliseconds instead of a full build's seconds on a large site.
/// Anything else (another file, changed front matter, an id added or removed, any error) is
/// left to the full build, which also reports the errors: this path never decides a build fails.
/// </summary>
internal static class TextEditRebuild
{
    /// <returns>Null when the change needs a full build.</returns>
    public static BuildResult? TryRun(BuildOptions options, IReadOnlyCollection<string> changedFiles)
    {
        if (options.Memory is not { Published: { } published } memory) return null;
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = new DiagnosticBag();

        var edited = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
        foreach (var path in changedFiles.Select(Path.GetFullPath))
        {
            if (!published.Documents.TryGetValue(path, out var before))
            {
                // An editor's temporary file that is gone again changes nothing; any other file is the full build's.
                if (File.Exists(path) || Directory.Exists(path)) return null;
                continue;
            }
            if (!File.Exists(path) || SourceText.Read(new FileInfo(path), before.Source.Kind, before.Source.Path, before.Source.DisplayPath, diagnostics) is not { } source)
                return null;
            if (source.TextHash == before.Source.TextHash) continue;
            if (!SameFrontMatter(before.Source.Text!, source.Text!, before.Source.DisplayPath)) return null;
            var document = ContentParser.Parse(source, published.Parsed.Config, published.Parsed.Markdown, diagnostics);
            if (document is not { IsValid: true }) return null;
            edited[path] = document;
        }

        var documents = edited.Values.ToArray();
        // A marked translation's page says whether its original's text changed since it was
        // marked, and it is none of the edited documents' pages.
        if (published.Documents.Values.Any(d => d.FrontMatter.TranslationOf is not null
                && documents.Any(e => e.Kind == d.Kind && e.Key == d.Key && e.Language != d.Language)))
            return null;
        AssembleStage.CheckTexts(documents, published.Sheets, published.Parsed, diagnostics);
        SiteLinks.Validate(documents, published.Site, diagnostics);
        if (diagnostics.HasErrors) return null;

        // A document's pages: its own, and where other languages show it as their fallback.
        var pages = edited.SelectMany(e => published.PagesByDocument[e.Key].Select(p => p with { Document = e.Value })).ToArray();
        ImmutableArray<Rendered> rendered;
        try
        {
            rendered = RenderStage.Run(published.Site, pages, published.Templates, published.Keys, published.Parsed.Markdown, options, diagnostics,
                keep: _ => null,
                reuse: (_, _) => null,
                finish: (page, key, html) => new Rendered(page, key, html, OutputManifest.Fingerprint(html), HtmlReferenceScanner.Scan(page.OutputPath, html)));
        }
        catch (BuildFailedException)
        {
            return null;
        }
        if (VerifyStage.Recheck(pages, [.. rendered.Select(r => r.Scan)], published.Targets, options, diagnostics) is not { } targets) return null;
        WriteResult written;
        try
        {
            written = OutputPatch.Apply(options.OutputDirectory, published.Manifest, [.. rendered.Select(r => (r.Page.OutputPath, r.Html, r.Fingerprint))]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        foreach (var document in documents) memory.Replace(document, published.SiteConfigText);
        foreach (var page in rendered)
        {
            memory.Remember(page.Fingerprint, page.Scan);
            // Its inputs are not told: the next full build makes the page's key again.
            memory.RecordRender(page.Page.OutputPath, page.Key, page.Fingerprint, inputs: null);
        }
        memory.Published = published with { Targets = targets, Documents = published.Documents.SetItems(edited), Manifest = written.Manifest };
        var timing = new StageTiming("text edit", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu,
            $"{pages.Length} pages of {documents.Length} edited texts rendered, {written.Written} written");
        return new BuildResult(true, diagnostics.Sorted(), [timing], pages.Length, pages.Length, written, published.Site) { TextEditsOnly = true };
    }

    private sealed record Rendered(Page Page, string Key, byte[] Html, string Fingerprint, PageReferences Scan);

    /// <summary>Whether two texts of a file have the same front matter, on the same lines.</summary>
    private static bool SameFrontMatter(string before, string after, string file)
    {
        var ignored = new DiagnosticBag();
        return FrontMatterSplitter.TrySplit(before, file, ignored, out var yamlBefore, out _, out var lineBefore)
            && FrontMatterSplitter.TrySplit(after, file, ignored, out var yamlAfter, out _, out var lineAfter)
            && yamlBefore == yamlAfter && lineBefore == lineAfter;
    }
}
