using System.Diagnostics;
using System.Text;

namespace IqSite;

/// <summary>
/// Runs the small Node.js scripts embedded in this assembly (sharp, pdf.js), each once per build
/// for all its files: the work goes in as JSON on standard input, results come back on standard output.
/// </summary>
public static class NodeScripts
{
    public static string Load(string resourceName)
    {
        using var stream = typeof(NodeScripts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded script {resourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <param name="workingDirectory">A folder whose node_modules holds the packages the script imports.</param>
    /// <param name="module">Run as an ES module (import) rather than CommonJS (require).</param>
    /// <exception cref="System.ComponentModel.Win32Exception">Node.js is not installed.</exception>
    public static (int ExitCode, string StdOut, string StdErr) Run(string workingDirectory, string script, string input, bool module = true)
    {
        var start = new ProcessStartInfo("node", module ? ["--input-type=module", "-e", script] : ["-e", script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
