using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IqSite.Tests.Fixtures;

internal sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Standard output without terminal colour codes, split into lines.</summary>
    public IReadOnlyList<string> Lines => [.. CliRunner.StripAnsi(StdOut).Split('\n').Select(l => l.TrimEnd('\r'))];

    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// Runs the real CLI as `dotnet IqSite.Cli.dll …`: Program.cs is top-level statements, so a
/// separate process is the honest way to test exit codes and what a user sees.
/// </summary>
internal static partial class CliRunner
{
    // Only a guard against a hanging process: a cold build of the sample site takes half a minute
    // alone and longer beside other builds on two cores.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    // The test project references the CLI project, so its assembly sits next to ours.
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "IqSite.Cli.dll");

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var cli = Start(workingDirectory, environment, args);
        if (!cli.Process.WaitForExit(Timeout))
        {
            cli.Process.Kill(entireProcessTree: true);
            Assert.Fail($"'iqsite {string.Join(' ', args)}' did not finish within {Timeout.TotalSeconds} s");
        }
        return cli.Result();
    }

    /// <summary>Starts the CLI without waiting, for tests that kill it; its output is read as it comes so it never blocks.</summary>
    public static StartedCli Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        return new StartedCli(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    public static string StripAnsi(string text) => AnsiEscape().Replace(text, "");

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}

internal sealed record StartedCli(Process Process, Task<string> StdOut, Task<string> StdErr) : IDisposable
{
    /// <summary>What the finished process printed and returned.</summary>
    public CliResult Result()
    {
        Process.WaitForExit();
        return new CliResult(Process.ExitCode, StdOut.Result, StdErr.Result);
    }

    public void Dispose() => Process.Dispose();
}
