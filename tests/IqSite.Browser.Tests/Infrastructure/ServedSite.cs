using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// A copy of the sample site (input/ and themes/) in a temp folder, previewed by the real
/// `iqsite serve` process on 127.0.0.1 with a free port. Tests may edit the copy.
/// </summary>
public sealed partial class ServedSite : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private ServedSite(string folder, Process process, Uri address, string? outputFolder)
    {
        Folder = folder;
        OutputFolder = outputFolder;
        _process = process;
        Address = address;
    }

    public string Folder { get; }

    public Uri Address { get; }

    /// <summary>The preview's private output folder, as its first build reported it.</summary>
    public string? OutputFolder { get; }

    public string Log
    {
        get { lock (_log) return string.Join('\n', _log); }
    }

    public Uri Url(string path) => new(Address, path);

    /// <summary>
    /// The preview builds the search index in the background after each build (a test that edits
    /// the site starts a new one): waits until the current output has it.
    /// </summary>
    public async Task WaitForSearchIndexAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(Url("/pagefind/pagefind-entry.json"));
            if (response.IsSuccessStatusCode) return;
            await Task.Delay(250);
        }
        throw new TimeoutException("the preview wrote no search index within 90 s:\n" + Log);
    }

    public static async Task<ServedSite> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("iqsite-served-").FullName;
        RepositoryPaths.CopyTree(Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(folder, "input"));
        RepositoryPaths.CopyTree(Path.Combine(RepositoryPaths.Root, "themes"), Path.Combine(folder, "themes"));
        // The preview sends the headers netlify.toml gives the live site.
        File.Copy(Path.Combine(RepositoryPaths.Root, "netlify.toml"), Path.Combine(folder, "netlify.toml"));
        var cli = Path.Combine(AppContext.BaseDirectory, "IqSite.Cli.dll");
        // One cache for every served copy: each would otherwise encode all images and chart PNGs again.
        var cache = Path.Combine(Path.GetTempPath(), "iqsite-browser-test-cache");
        var start = new ProcessStartInfo("dotnet", [cli, "serve", "--port", "0", "--cache", cache])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start)!;
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (log) log.Add(line);
            var built = BuiltLine().Match(line);
            if (built.Success) output.TrySetResult(built.Groups[1].Value);
            var match = ServingLine().Match(line);
            if (match.Success) address.TrySetResult(new Uri(match.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await Task.WhenAny(address.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (ready != address.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("iqsite serve did not start within 60 s:\n" + string.Join('\n', log));
        }
        var site = new ServedSite(folder, process, address.Task.Result, output.Task.IsCompleted ? output.Task.Result : null);
        lock (log) site._log.AddRange(log);
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    [GeneratedRegex(@"^Built .* into (/.+?)/?$")]
    private static partial Regex BuiltLine();

    [GeneratedRegex(@"Serving at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingLine();
}
