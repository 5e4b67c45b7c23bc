using System.CommandLine;
using IqSite.Cli.Serve;

namespace IqSite.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8008 };
        var command = new Command("serve", "Preview the site on 127.0.0.1; rebuilds and reloads open pages when files change");
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancellation) =>
        {
            // A private folder: previewing must never replace the published output/.
            RemoveFoldersOfEndedPreviews();
            var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}");
            // Editors preview what they are working on: drafts and scheduled issues are shown, each with a banner.
            var options = common.Read(parse, folder) with { IncludeDrafts = true, IncludeFuture = true };
            await using var server = await PreviewServer.StartAsync(options, parse.GetValue(port), result =>
            {
                Report.Diagnostics(result.Diagnostics, DiagnosticFormat.Text);
                Report.Summary(result, folder);
            }, Console.WriteLine);
            if (server.HeadersProblem is { } problem) Console.WriteLine($"warning: {problem}");
            Console.WriteLine($"Serving at {server.Address} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
            // The site, its staging folder and what a build set aside beside that (output.staging.deleting-…).
            foreach (var own in Directory.GetDirectories(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}.*").Append(folder))
                DeleteFolder(own);
            return 0;
        });
        return command;
    }

    internal const string FolderPrefix = "iqsite-serve-";

    /// <summary>A preview that was killed (not stopped with Ctrl+C) could not remove its folder and those beside it (staging, set aside).</summary>
    internal static void RemoveFoldersOfEndedPreviews()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            // iqsite-serve-<process id>, with .staging or .staging.deleting-<id> after it.
            var name = Path.GetFileName(folder)[FolderPrefix.Length..];
            if (!int.TryParse(name.Split('.')[0], out var pid) || IsRunning(pid)) continue;
            DeleteFolder(folder);
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another preview is cleaning up too, or a build's deletion of a set-aside folder is still going; it will be gone or retried next time.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
