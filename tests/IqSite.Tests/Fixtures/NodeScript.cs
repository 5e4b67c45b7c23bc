using System.Diagnostics;

namespace IqSite.Tests.Fixtures;

/// <summary>Runs an ES module script with Node.js in the repository folder, whose node_modules has the project's npm packages.</summary>
internal static class NodeScript
{
    /// <returns>What the script wrote to standard output.</returns>
    public static string Run(string script, string what)
    {
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", script])
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{what} failed: {stderr.Result}");
        return stdout;
    }
}
