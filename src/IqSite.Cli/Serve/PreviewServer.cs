using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using IqSite.Diagnostics;
using IqSite.Verify;

namespace IqSite.Cli.Serve;

/// <summary>
/// The editors' preview: builds the site into a private folder, serves it on the loopback
/// interface only, rebuilds when input or theme change and tells open pages to reload.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly BuildOptions _options;
    private readonly LiveReloadHub _hub = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly SemaphoreSlim _indexing = new(1, 1);
    private readonly Action<BuildResult> _onBuilt;
    private readonly Action<string> _onIndexed;
    private int _indexRun;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private IReadOnlyList<Diagnostic> _lastErrors = [];
    private NetlifyHeaders _headers = NetlifyHeaders.None;

    private PreviewServer(BuildOptions options, Action<BuildResult> onBuilt, Action<string> onIndexed)
    {
        _options = options;
        _onBuilt = onBuilt;
        _onIndexed = onIndexed;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Why the preview cannot send the headers the live site sends, if it cannot.</summary>
    public string? HeadersProblem { get; private set; }

    /// <param name="onIndexed">Told how the search index of a build went, once it is written.</param>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, int port, Action<BuildResult> onBuilt, Action<string> onIndexed)
    {
        // The search index is built after each build in the background (IndexInBackground): the page reloads without waiting for it.
        // Each rebuild parses only the files that changed and reads links only from pages that changed (BuildMemory).
        var server = new PreviewServer(options with { LiveReload = true, Search = false, Memory = new BuildMemory() }, onBuilt, onIndexed);
        await server.RebuildAsync();
        await server.ListenAsync(port);
        server._watcher = new SiteWatcher([options.InputDirectory, options.ThemeDirectory], server.RebuildAsync);
        return server;
    }

    /// <param name="changedFiles">The files that changed since the last build; null for a full build.</param>
    public async Task RebuildAsync(IReadOnlyList<string>? changedFiles = null)
    {
        await _building.WaitAsync();
        try
        {
            var pipeline = new BuildPipeline(_options);
            var result = changedFiles is null ? pipeline.Build() : pipeline.Rebuild(changedFiles);
            _lastErrors = result.Succeeded ? [] : result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            // Edited texts change no header rule (those come from netlify.toml and static/_headers).
            if (result.Succeeded && !result.TextEditsOnly)
                (_headers, HeadersProblem) = NetlifyHeaders.Load(_options.OutputDirectory, NetlifyConfig(), _options.InputDirectory);
            _onBuilt(result);
            if (result.Succeeded) IndexInBackground(result.Site!);
            if (result.Succeeded) _hub.Broadcast("reload", "{}");
            else _hub.Broadcast("errors", string.Join('\n', _lastErrors));
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// Indexes the folder the build just wrote, one Pagefind run at a time: on a large site a run
    /// takes longer than an editor takes between saves, and runs side by side would slow down
    /// the rebuilds that matter more. A run still waiting when a newer build asks for its own is
    /// skipped; an older run that fails because its folder changed is not reported.
    /// </summary>
    private void IndexInBackground(Assemble.SiteModel site)
    {
        var run = Interlocked.Increment(ref _indexRun);
        _ = Task.Run(async () =>
        {
            await _indexing.WaitAsync();
            try
            {
                if (run != Volatile.Read(ref _indexRun)) return;
                var diagnostics = new DiagnosticBag();
                try
                {
                    // The output folder's manifest lists its files, text edits included (they are appended).
                    var files = IqSite.Write.OutputManifest.Load(_options.OutputDirectory)?.Entries.Keys ?? [];
                    var result = Search.SearchStage.Run(site, _options.OutputDirectory, files, diagnostics);
                    if (run == Volatile.Read(ref _indexRun)) _onIndexed($"search index: {Search.SearchStage.Describe(result)}");
                }
                catch (Exception ex) when (ex is BuildFailedException or IOException)
                {
                    if (run == Volatile.Read(ref _indexRun))
                        _onIndexed($"warning: search index not built: {string.Join("; ", diagnostics.Sorted().Select(d => d.Message).DefaultIfEmpty(ex.Message))}");
                }
            }
            finally
            {
                _indexing.Release();
            }
        });
    }

    /// <summary>netlify.toml beside the input folder (the project root), when the site has one.</summary>
    private string? NetlifyConfig()
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.InputDirectory))!, "netlify.toml");
        return File.Exists(path) ? path : null;
    }

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Loopback only: the preview shows unpublished drafts and must not be reachable from the network.
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        // Netlify compresses text responses; the preview does too, so what it transfers is what readers download.
        builder.Services.AddResponseCompression();
        var app = builder.Build();
        app.UseResponseCompression();
        app.MapGet(VerifyStage.PreviewPrefix + "events", _hub.StreamAsync);
        app.MapGet(VerifyStage.PreviewPrefix + "livereload.js", () => Results.Text(Script.Value, "text/javascript; charset=utf-8"));
        // A catch-all endpoint rather than terminal middleware, so the two routes above still match.
        app.MapFallback("{**path}", ServeFileAsync);
        await app.StartAsync();
        _app = app;
        var address = app.Urls.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var root = Path.GetFullPath(_options.OutputDirectory);
        if (_lastErrors.Count > 0 && !Directory.Exists(root))
        {
            await WriteErrorPageAsync(context);
            return;
        }
        var requested = context.Request.Path.Value ?? "/";
        var full = Path.GetFullPath(Path.Combine(root, requested.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (Directory.Exists(full))
        {
            if (!requested.EndsWith('/'))
            {
                context.Response.Redirect(requested + "/" + context.Request.QueryString, permanent: true);
                return;
            }
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full))
        {
            // Like Netlify: the language's own 404 page for paths under /<lang>/.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var language = requested.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            full = Path.Combine(root, language, "404.html");
            if (language.Contains('.') || !File.Exists(full)) full = Path.Combine(root, "404.html");
            if (!File.Exists(full)) return;
        }
        foreach (var (name, value) in _headers.For(requested)) context.Response.Headers[name] = value;
        var type = ContentTypes.TryGetContentType(full, out var known) ? known : "application/octet-stream";
        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        await context.Response.SendFileAsync(full);
    }

    private async Task WriteErrorPageAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        var items = string.Join("", _lastErrors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString())}</code></li>"));
        await context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><main><h1>The build failed</h1><ul>{items}</ul></main><script src=\"/__iqsite/livereload.js\"></script></body></html>");
    }

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("IqSite.Cli.Serve.livereload.js")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _hub.CloseAll();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _building.Dispose();
    }
}
