using System.Collections.Immutable;
using System.Diagnostics;
using IqSite.Assemble;
using IqSite.Discover;
using IqSite.Diagnostics;
using IqSite.Generate;
using IqSite.Parse;
using IqSite.Parse.Images;
using IqSite.Render;
using IqSite.Search;
using IqSite.Verify;
using IqSite.Write;

namespace IqSite;

/// <param name="Cpu">Processor time of the whole process during the stage, all threads: unlike
/// wall time it does not grow when other programs share the machine. For a stage that runs
/// beside another, that of its own thread.</param>
/// <param name="During">The stage whose time includes this one's (search runs inside write, the
/// templates are compiled while Assemble runs); null for a stage of its own. Totals leave such
/// stages out, or they would count their time twice.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, string Detail, string? During = null);

public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    int Pages,
    int Files,
    Write.WriteResult? Written = null,
    SiteModel? Site = null)
{
    /// <summary>The pages that changed against the previous output, by language; null on a first build.</summary>
    public ImmutableArray<Write.LanguageChanges>? Changes => Written?.Changes;

    /// <summary>Only pages of edited texts were rendered and replaced (<see cref="TextEditRebuild"/>); every other file is as before.</summary>
    public bool TextEditsOnly { get; init; }
}

/// <summary>
/// The build, stage by stage. The order below is the order of execution and the direction of
/// the data: each stage takes only what the stages above it produced.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    /// <summary>Builds the site into the output folder.</summary>
    public BuildResult Build() => Run(write: true);

    /// <summary>
    /// Rebuilds after <paramref name="changedFiles"/> changed: only the pages of edited Markdown
    /// texts where that is all that changed (<see cref="TextEditRebuild"/>), else the whole site.
    /// </summary>
    public BuildResult Rebuild(IReadOnlyCollection<string> changedFiles) => TextEditRebuild.TryRun(options, changedFiles) ?? Build();

    /// <summary>Runs every stage but Write: all errors a build would report, nothing written.</summary>
    public BuildResult Check() => Run(write: false);

    // A single build (no memory of its own) reuses the page scans the previous build saved in the build cache.
    private BuildResult Run(bool write) =>
        Run(write, options.Memory is null ? options with { Memory = new BuildMemory() } : options, savedScans: options.Memory is null);

    private static BuildResult Run(bool write, BuildOptions options, bool savedScans)
    {
        var memory = options.Memory!;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var pages = 0;
        var files = 0;
        StagingFolder? staging = null;
        Write.WriteResult? written = null;
        SiteModel? built = null;
        var earlierTemplates = memory.Published?.Templates;
        var earlierTargets = memory.Published?.Targets;
        memory.BeginBuild();
        var succeeded = false;
        try
        {
            if (savedScans)
                Time(timings, "cache", () => memory.LoadPages(options.ResolvedCacheDirectory), n => $"links of {n} pages from the previous build");
            var sources = Time(timings, "discover", () => SourceDiscovery.Run(options, diagnostics), s => $"{s.Count} files" + Reused(memory.FilesReused));
            if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
            var parsed = Time(timings, "parse", () => ParseStage.Run(sources, options, diagnostics), p => $"{p.Documents.Length} documents" + Reused(memory.DocumentsReused)
                + (memory.FrontMattersReused > 0 ? $", {memory.FrontMattersReused} front matters from the build cache" : ""));
            var images = Time(timings, "images", () => ImageProcessor.Run(sources, options, diagnostics),
                r => $"{r.Images.Count} images: {r.Processed} processed, {r.CacheHits} from cache");
            parsed = parsed with { Images = images.Images };
            // The templates need only the theme's files and the UI strings: they are compiled on the
            // core Assemble leaves idle, with diagnostics of their own (Compile counts its errors).
            var templateDiagnostics = new DiagnosticBag();
            var compiling = Task.Run(() => TimeBeside("templates", "assemble", () => ThemeTemplates.Compile(sources, parsed.UiStrings, templateDiagnostics, earlierTemplates),
                t => t is null ? "failed" : t == earlierTemplates ? "unchanged since the previous build" : "compiled"));
            ThemeTemplates? templatesCompiled = null;
            StageTiming? compileTiming = null;
            SiteModel site;
            try
            {
                // Assemble's time includes waiting for the templates, so that the total is the build's.
                site = built = Time(timings, "assemble", () =>
                {
                    try
                    {
                        return AssembleStage.Run(parsed, options, diagnostics);
                    }
                    finally
                    {
                        (templatesCompiled, compileTiming) = compiling.GetAwaiter().GetResult();
                    }
                }, s => $"{s.AllPages.Count()} pages in {s.Languages.Length} languages");
            }
            finally
            {
                // Also when Assemble failed: the editor sees the templates' errors in the same run.
                if (compileTiming is not null) timings.Add(compileTiming);
                foreach (var diagnostic in templateDiagnostics.Sorted()) diagnostics.Add(diagnostic);
            }
            var templates = templatesCompiled ?? throw new BuildFailedException(diagnostics.Sorted());
            // Pages go to the staging folder as they are rendered; output/ is replaced only after Verify.
            staging = write ? WriteStage.Open(options, diagnostics) : null;
            // Made in the render stage, whose time they are part of.
            RenderKeys keys = null!;
            PageInputs? inputs = null;
            // A page's earlier file, kept only where its bytes and their links are both at hand; Keep goes last, it copies.
            PageReferences? Kept(Page page, string key, string fingerprint, string? made)
            {
                if (staging is null || memory.Known(page.OutputPath, fingerprint) is not { } known || !staging.Keep(page.OutputPath, fingerprint)) return null;
                memory.RecordRender(page.OutputPath, key, fingerprint, made, kept: true);
                return known;
            }
            var scanned = Time(timings, "render", () =>
            {
                keys = new RenderKeys(site, templates);
                inputs = staging is null ? null : new PageInputs(options, sources, parsed);
                return RenderStage.Run(site, site.AllPages, templates, keys, parsed.Markdown, options, diagnostics,
                    // By what the page is made from, before its view is made for its key; else by its key.
                    keep: page => inputs?.Of(page) is { } made && memory.RenderedFrom(page.OutputPath, made) is { } record
                        ? Kept(page, record.Key, record.Fingerprint, made) : null,
                    reuse: (page, key) => memory.Rendered(page.OutputPath, key) is { } fingerprint ? Kept(page, key, fingerprint, inputs?.Of(page)) : null,
                    finish: (page, key, html) =>
                    {
                        var fingerprint = OutputManifest.Fingerprint(html);
                        staging?.Put(OutputFile.Bytes(page.OutputPath, html), fingerprint);
                        memory.RecordRender(page.OutputPath, key, fingerprint, inputs?.Of(page));
                        return memory.Scan(page.OutputPath, fingerprint, html);
                    });
            }, r => $"{r.Length} pages" + Reused(memory.PagesReused) + (memory.PagesKept > 0 ? $", {memory.PagesKept} kept without rendering" : ""));
            pages = scanned.Length;
            // What the build cache holds besides the page scans is saved while Generate and Verify
            // run, which mostly use one core.
            var savingTables = staging is not null && savedScans
                ? Task.Run(() => TimeBeside("cache", "verify", () => memory.SaveTables(options.ResolvedCacheDirectory),
                    n => $"tables of {n} texts and their pages saved for the next build"))
                : null;
            ImmutableArray<OutputFile> generated;
            VerifyReport verified;
            try
            {
                generated = Time(timings, "generate", () => GenerateStage.Run(site, templates, sources, options, diagnostics),
                    g => $"{g.Files.Length} files; chart PNGs: {g.PngsRendered} rendered, {g.PngCacheHits} from cache").Files;
                files = pages + generated.Length;
                verified = Time(timings, "verify", () => VerifyStage.Run(site, scanned, generated, options, diagnostics, earlierTargets, savedScans ? memory.Verified : null),
                    r => $"{r.HtmlFiles} HTML files, {r.References} links and resources checked");
            }
            finally
            {
                // Also after a failed stage: the process may end as soon as the build returns.
                if (savingTables is not null) Task.WaitAny(savingTables);
            }
            if (savingTables is not null) timings.Add(savingTables.GetAwaiter().GetResult().Timing);
            memory.TargetsVerified = verified.TargetsFingerprint;
            if (staging is { } folder)
            {
                // The page scans are saved while output/ is written: mostly processor time beside mostly file-system time.
                var saving = savedScans && !diagnostics.HasErrors
                    ? Task.Run(() => TimeBeside("cache", "write", () => memory.SavePages(options.ResolvedCacheDirectory),
                        r => r.Written ? $"links of {r.Pages} pages saved for the next build" : $"links of {r.Pages} pages as in the cache"))
                    : null;
                written = TimeWaiting(timings, "write", () =>
                {
                    // Repeats of other files last: they copy what is already written.
                    Parallel.ForEach(generated.Where(f => f.SameAs is null), file => folder.Put(file));
                    foreach (var file in generated.Where(f => f.SameAs is not null)) folder.Put(file);
                    var result = folder.Publish(options.Search
                        ? (path, files) => Time(timings, "search", () => SearchStage.Run(site, path, files, diagnostics), SearchStage.Describe, during: "write")
                        : null);
                    // A single build ends once what it set aside is deleted (mostly while the search
                    // index was written); the preview server reloads the page without waiting for it.
                    if (savedScans) result.Deleting.GetAwaiter().GetResult();
                    return result;
                }, w => $"{w.Written} files written, {w.Unchanged} unchanged, to {options.OutputDirectory}", saving);
            }
            succeeded = !diagnostics.HasErrors;
            if (succeeded && written is not null)
                memory.Published = new PublishedSite(site, parsed, templates, keys, verified.Targets,
                    parsed.Documents.ToImmutableDictionary(d => d.Source.FullPath, StringComparer.Ordinal),
                    sources.First(s => s.Kind == SourceKind.SiteConfig).Text!,
                    GoodPracticeLinks.Sheets(PublishFilter.Apply(parsed.Documents, options)),
                    site.AllPages.Where(p => p.Document is not null).ToLookup(p => p.Document!.Source.FullPath, StringComparer.Ordinal),
                    written.Manifest);
        }
        catch (BuildFailedException)
        {
            staging?.Abandon();
            return new BuildResult(false, diagnostics.Sorted(), timings, pages, 0);
        }
        finally
        {
            memory.EndBuild(succeeded);
        }
        var all = diagnostics.Sorted();
        return new BuildResult(succeeded, all, timings, pages, files, written, built);
    }

    private static string Reused(int count) => count > 0 ? $", {count} unchanged since the previous build" : "";

    private static T Time<T>(List<StageTiming> timings, string stage, Func<T> run, Func<T, string> detail, string? during = null)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var result = run();
            timings.Add(new StageTiming(stage, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, detail(result), during));
            return result;
        }
        catch (BuildFailedException)
        {
            timings.Add(new StageTiming(stage, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, "failed", during));
            throw;
        }
    }

    /// <summary>
    /// Times a stage that ends by waiting for <paramref name="beside"/> (<see cref="TimeBeside"/>),
    /// so that the total is the build's; that one's row follows the stage's.
    /// </summary>
    private static T TimeWaiting<T, TBeside>(List<StageTiming> timings, string stage, Func<T> run, Func<T, string> detail,
        Task<(TBeside Result, StageTiming Timing)>? beside)
    {
        try
        {
            var result = Time(timings, stage, () =>
            {
                try
                {
                    return run();
                }
                finally
                {
                    // Without throwing: a failure of the stage itself is what the editor needs to see first.
                    if (beside is not null) Task.WaitAny(beside);
                }
            }, detail);
            beside?.GetAwaiter().GetResult();
            return result;
        }
        finally
        {
            if (beside is { IsCompletedSuccessfully: true }) timings.Add(beside.Result.Timing);
        }
    }

    /// <summary>Runs a stage on the calling thread while <paramref name="during"/> runs on another, and times it with that thread's processor time.</summary>
    private static (T Result, StageTiming Timing) TimeBeside<T>(string stage, string during, Func<T> run, Func<T, string> detail)
    {
        var clock = Stopwatch.StartNew();
        var cpu = ThreadCpuTime.Now();
        var result = run();
        // Where the system does not tell a thread's processor time, its wall time stands in.
        var used = ThreadCpuTime.Now() - cpu ?? clock.Elapsed;
        return (result, new StageTiming(stage, clock.Elapsed, used, detail(result), during));
    }
}
