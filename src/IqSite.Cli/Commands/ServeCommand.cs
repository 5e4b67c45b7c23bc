using System.CommandLine;
using IqSite.Cli.Serve;
using IqSite.Write;

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
            foreach (var own in new[] { folder, folder + WriteStage.StagingSuffix })
                if (Directory.Exists(own)) Directory.Delete(own, recursive: true);
            return 0;
        });
        return command;
    }

    internal const string FolderPrefix = "iqsite-serve-";

    /// <summary>A preview that was killed (not stopped with Ctrl+C) could not remove its folder and the staging folder beside it.</summary>
    internal static void RemoveFoldersOfEndedPreviews()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var name = Path.GetFileName(folder)[FolderPrefix.Length..];
            if (name.EndsWith(WriteStage.StagingSuffix, StringComparison.Ordinal)) name = name[..^WriteStage.StagingSuffix.Length];
            if (!int.TryParse(name, out var pid) || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another preview is cleaning up too; it will be gone or retried next time.
            }
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
