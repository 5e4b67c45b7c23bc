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
            var folder = Path.Combine(Path.GetTempPath(), $"iqsite-serve-{Environment.ProcessId}");
            var options = common.Read(parse, folder);
            await using var server = await PreviewServer.StartAsync(options, parse.GetValue(port), result =>
            {
                Report.Diagnostics(result.Diagnostics, DiagnosticFormat.Text);
                Report.Summary(result, folder);
            });
            Console.WriteLine($"Serving at {server.Address} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            return 0;
        });
        return command;
    }
}
