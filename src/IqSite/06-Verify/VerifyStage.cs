using System.IO.Hashing;
using System.Text;
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
    /// <param name="earlier">
    /// What the last build of this process (serve) verified without an error. While every file
    /// and id is as it was then, a page whose links are the very ones checked then (the same
    /// scan, <see cref="BuildMemory.Scan"/>) is not checked again.
    /// </param>
    /// <param name="verified">
    /// For a single build: the page scans the previous build saved in the build cache, all of
    /// whose links it verified. While the site's targets are the ones they were verified against,
    /// a page with one of these very scans is not checked again.
    /// </param>
    public static VerifyReport Run(SiteModel site, IReadOnlyList<PageReferences> pages, IReadOnlyList<OutputFile> files, BuildOptions options, DiagnosticBag diagnostics,
        SiteTargets? earlier = null, VerifiedScans? verified = null)
    {
        var paths = files.Select(f => f.Path).Concat(site.AllPages.Select(p => p.OutputPath)).ToHashSet(StringComparer.Ordinal);
        var scanned = pages.Concat(files.Where(f => f.Content is not null && f.Path.EndsWith(".html", StringComparison.Ordinal))
                .Select(f => HtmlReferenceScanner.Scan(f.Path, f.Content)))
            .ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        var targets = new SiteTargets(site.Config.BaseUrl, paths, scanned);
        var fingerprint = verified is null ? null : targets.Fingerprint(options.LiveReload);
        var toCheck = earlier is not null && targets.SameAs(earlier)
            ? scanned.Values.Where(p => !ReferenceEquals(earlier.Pages.GetValueOrDefault(p.OutputPath), p))
            : fingerprint is not null && fingerprint == verified!.Targets
                ? scanned.Values.Where(p => !verified.Pages.Contains(p))
                : scanned.Values;
        var checkedLinks = Check(site.AllPages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal), toCheck, targets, options, diagnostics);
        foreach (var file in files.Where(f => f.SameAs is null && f.Path.EndsWith(".js", StringComparison.Ordinal)))
            if ((file.Content ?? File.ReadAllBytes(file.CopyFrom!)).AsSpan().IndexOf("document.cookie"u8) >= 0)
                diagnostics.Error(file.Path, 1, 1, "the site sets no cookies, but this file uses document.cookie");

        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        return new VerifyReport(scanned.Count, checkedLinks, targets, fingerprint);
    }

    /// <summary>
    /// Checks pages rendered again from edited texts against the site a full build verified:
    /// their own links, and that they keep every id, so links from other pages still hold.
    /// </summary>
    /// <returns>The site's targets with these pages in them; null when an id is gone or added (a full build checks the links to it).</returns>
    public static SiteTargets? Recheck(IReadOnlyList<Page> pages, IReadOnlyList<PageReferences> scans, SiteTargets site, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (scans.Any(s => !site.Pages.TryGetValue(s.OutputPath, out var before) || !before.Ids.SetEquals(s.Ids))) return null;
        var scanned = new Dictionary<string, PageReferences>(site.Pages, StringComparer.Ordinal);
        foreach (var scan in scans) scanned[scan.OutputPath] = scan;
        var targets = site with { Pages = scanned };
        Check(pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal), scans, targets, options, diagnostics);
        return diagnostics.HasErrors ? null : targets;
    }

    /// <returns>How many links and resources were checked.</returns>
    private static int Check(Dictionary<string, Page> pagesByPath, IEnumerable<PageReferences> toCheck, SiteTargets targets, BuildOptions options, DiagnosticBag diagnostics)
    {
        var resolver = new UrlResolver(targets.BaseUrl);
        var fromTheme = new ThemeProblems();
        var checkedLinks = 0;
        // Each target path is looked up once: the same menu, term and asset links are on every
        // page, and each lookup makes two strings (at N=5000 some 1.5 million).
        var outputFiles = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Originals before fallback copies, so a mistake in a text shown in several languages is
        // reported once, at its line, naming the page in its own language.
        foreach (var references in toCheck.OrderBy(s => pagesByPath.GetValueOrDefault(s.OutputPath)?.IsFallback == true).ThenBy(s => s.OutputPath, StringComparer.Ordinal))
        {
            var path = references.OutputPath;
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
                    CheckInternal(diagnostics, fromTheme, page, path, reference, target, targets, outputFiles);
                }
            }
        }
        fromTheme.ReportTo(diagnostics);
        foreach (var page in toCheck.Where(p => p.UsesCookies))
            diagnostics.Error(page.OutputPath, 1, 1, "the site sets no cookies, but this file uses document.cookie");
        return checkedLinks;
    }

    private static void CheckInternal(DiagnosticBag diagnostics, ThemeProblems fromTheme, Page? page, string path, Reference reference, Target target, SiteTargets targets,
        Dictionary<string, string?> outputFiles)
    {
        if (!outputFiles.TryGetValue(target.Path, out var file)) outputFiles[target.Path] = file = UrlResolver.OutputFile(target.Path, targets.Paths);
        if (file is null)
        {
            Report(diagnostics, fromTheme, page, path, reference, reference.Url,
                $"broken link '{reference.Url}': the site has no page or file at {target.Path}");
            return;
        }
        if (target.Fragment is null || !targets.Pages.TryGetValue(file, out var targetPage) || targetPage.Ids.Contains(target.Fragment)) return;
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

/// <summary>What Verify looked at, for the build's timing line, and what it checked links against.</summary>
/// <param name="References">The links and resources checked (in serve, only those of changed pages while no target changed).</param>
/// <param name="TargetsFingerprint">The targets' fingerprint (<see cref="SiteTargets.Fingerprint"/>), when the build was given saved scans.</param>
public sealed record VerifyReport(int HtmlFiles, int References, SiteTargets Targets, string? TargetsFingerprint = null);

/// <summary>Page scans an earlier build verified every link of, against the targets with this fingerprint (none: no scan counts as verified).</summary>
public sealed record VerifiedScans(string? Targets, IReadOnlySet<PageReferences> Pages);

/// <summary>What links can lead to: every file of the site, and the links and ids of each HTML file by its path.</summary>
/// <param name="BaseUrl">The site's address, under which absolute links are internal.</param>
public sealed record SiteTargets(string BaseUrl, IReadOnlySet<string> Paths, IReadOnlyDictionary<string, PageReferences> Pages)
{
    /// <summary>Whether every link that held against <paramref name="other"/> holds here: the same files, and every page with the same ids.</summary>
    public bool SameAs(SiteTargets other) =>
        BaseUrl == other.BaseUrl && Paths.SetEquals(other.Paths) && Pages.Count == other.Pages.Count
        && Pages.All(p => other.Pages.TryGetValue(p.Key, out var before) && (ReferenceEquals(before, p.Value) || before.Ids.SetEquals(p.Value.Ids)));

    /// <summary>
    /// A hash of what a link check depends on besides the link: the base URL, every file, every
    /// page's ids, whether preview links are allowed (<paramref name="liveReload"/>) and IqSite's
    /// code. Equal fingerprints: a link that held under one holds under the other.
    /// </summary>
    public string Fingerprint(bool liveReload)
    {
        var hash = new XxHash128();
        void Add(string text) => hash.Append(Encoding.UTF8.GetBytes(text + "\n"));
        Add($"{CodeVersion.Id} {BaseUrl} {liveReload}");
        foreach (var path in Paths.Order(StringComparer.Ordinal)) Add(path);
        foreach (var (path, page) in Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add("#" + path);
            foreach (var id in page.Ids.Order(StringComparer.Ordinal)) Add(id);
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
