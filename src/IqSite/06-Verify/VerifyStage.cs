using IqSite.Assemble;
using IqSite.Diagnostics;
using IqSite.Generate;

namespace IqSite.Verify;

/// <summary>
/// Stage 6: reads the finished HTML before anything is written and fails the build on
/// broken internal links and #fragments, resources from third-party hosts (privacy), images
/// without a text alternative and cookie access. Errors point at the Markdown line the
/// editor wrote; what no content file contains is reported against the generated page.
/// </summary>
public static class VerifyStage
{
    /// <summary>The preview server's own files (live reload), which exist only while serving.</summary>
    public const string PreviewPrefix = "/__iqsite/";

    /// <param name="pages">What Render's pages point at, scanned as each was finished.</param>
    /// <param name="files">The other files of the site, from Generate.</param>
    public static VerifyReport Run(SiteModel site, IReadOnlyList<PageReferences> pages, IReadOnlyList<OutputFile> files, BuildOptions options, DiagnosticBag diagnostics)
    {
        var pagesByPath = site.AllPages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        var paths = files.Select(f => f.Path).Concat(pagesByPath.Keys).ToHashSet(StringComparer.Ordinal);
        var scanned = pages.Concat(files.Where(f => f.Content is not null && f.Path.EndsWith(".html", StringComparison.Ordinal))
                .Select(f => HtmlReferenceScanner.Scan(f.Path, f.Content)))
            .ToDictionary(p => p.OutputPath, StringComparer.Ordinal);

        var resolver = new UrlResolver(site.Config.BaseUrl);
        var fromTheme = new ThemeProblems();
        var checkedLinks = 0;
        // Originals before fallback copies, so a mistake in a text shown in several languages is
        // reported once, at its line, naming the page in its own language.
        foreach (var (path, references) in scanned.OrderBy(s => pagesByPath.GetValueOrDefault(s.Key)?.IsFallback == true).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            var page = pagesByPath.GetValueOrDefault(path);
            var pageUrl = page?.Url ?? "/" + path;
            foreach (var reference in references.References)
            {
                if (reference.ImageWithoutAlt is { } src)
                {
                    Report(diagnostics, fromTheme, page, path, reference, src,
                        $"image '{src}' has no text alternative: describe what it shows in the brackets, e.g. ![Group photo of the project team]({src})");
                    continue; // its src is checked as the <img>'s own reference
                }
                checkedLinks++;
                var target = resolver.Resolve(reference.Url, pageUrl);
                if (target.Kind == TargetKind.External && reference.LoadsResource)
                {
                    Report(diagnostics, fromTheme, page, path, reference, reference.Url,
                        $"<{reference.Element}> loads '{reference.Url}' from the third-party host {target.Host}: pages may only load files from the site itself (put the file into input/static/)");
                }
                else if (target.Kind == TargetKind.Internal && !(options.LiveReload && target.Path.StartsWith(PreviewPrefix, StringComparison.Ordinal)))
                {
                    CheckInternal(diagnostics, fromTheme, page, path, reference, target, paths, scanned);
                }
            }
        }
        fromTheme.ReportTo(diagnostics);
        foreach (var page in scanned.Values.Where(p => p.UsesCookies))
            diagnostics.Error(page.OutputPath, 1, 1, "the site sets no cookies, but this file uses document.cookie");
        foreach (var file in files.Where(f => f.SameAs is null && f.Path.EndsWith(".js", StringComparison.Ordinal)))
            if ((file.Content ?? File.ReadAllBytes(file.CopyFrom!)).AsSpan().IndexOf("document.cookie"u8) >= 0)
                diagnostics.Error(file.Path, 1, 1, "the site sets no cookies, but this file uses document.cookie");

        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        return new VerifyReport(scanned.Count, checkedLinks);
    }

    private static void CheckInternal(DiagnosticBag diagnostics, ThemeProblems fromTheme, Page? page, string path, Reference reference, Target target,
        IReadOnlySet<string> paths, Dictionary<string, PageReferences> scanned)
    {
        var file = UrlResolver.OutputFile(target.Path, paths);
        if (file is null)
        {
            Report(diagnostics, fromTheme, page, path, reference, reference.Url,
                $"broken link '{reference.Url}': the site has no page or file at {target.Path}");
            return;
        }
        if (target.Fragment is null || !scanned.TryGetValue(file, out var targetPage) || targetPage.Ids.Contains(target.Fragment)) return;
        Report(diagnostics, fromTheme, page, path, reference, reference.Url,
            $"broken link '{reference.Url}': {target.Path} has no element with id '{target.Fragment}'{Suggestions.DidYouMean(target.Fragment, targetPage.Ids)}");
    }

    private static void Report(DiagnosticBag diagnostics, ThemeProblems fromTheme, Page? page, string path, Reference reference, string url, string message)
    {
        if (SourceLocator.Find(page, url) is { } written)
        {
            // The same mistake seen again through a fallback copy: the message starts the same up to the first ':'.
            if (diagnostics.Reported(written, url + "|" + message[..Math.Max(0, message.IndexOf(':'))])) return;
            diagnostics.Error(written, message);
        }
        else
            fromTheme.Add(new SourceLocation($"{path} (generated by the theme)", reference.Line, reference.Column), message);
    }

    /// <summary>
    /// A mistake in a layout or partial repeats on every page that uses it: report it once, at
    /// the first page (in path order), with the number of pages it is on.
    /// </summary>
    private sealed class ThemeProblems
    {
        private readonly Dictionary<string, (SourceLocation First, int Pages)> _byMessage = new(StringComparer.Ordinal);

        public void Add(SourceLocation location, string message) =>
            _byMessage[message] = _byMessage.TryGetValue(message, out var seen) ? (seen.First, seen.Pages + 1) : (location, 1);

        public void ReportTo(DiagnosticBag diagnostics)
        {
            foreach (var (message, (first, pages)) in _byMessage)
                diagnostics.Error(first, pages == 1 ? message : $"{message} (on {pages} pages)");
        }
    }
}

/// <summary>What Verify looked at, for the build's timing line.</summary>
public sealed record VerifyReport(int HtmlFiles, int References);
