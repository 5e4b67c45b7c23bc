using System.Text.Json;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar, the W3C validator's engine) from the npm package vnu-jar, run
/// by the machine's Java. The package's postinstall would download a JRE; it does not run here
/// (npm's allowScripts) and must not (no internet in CI), so Java comes from Debian.
/// </summary>
internal static class NuHtmlChecker
{
    public static string JarPath { get; } = Path.Combine(RepositoryPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? JavaPath { get; } = FindJava();

    public static void RequireOrSkip()
    {
        Prerequisite.RequireOrSkip(JavaPath is not null, "Java is missing (no 'java' on PATH)", "apt-get install -y default-jre-headless");
        Prerequisite.RequireOrSkip(File.Exists(JarPath), $"The Nu Html Checker is missing at {JarPath}", "npm ci");
    }

    /// <summary>Every error in the HTML files under <paramref name="folder"/>.</summary>
    public static async Task<IReadOnlyList<NuHtmlMessage>> CheckFolderAsync(string folder)
    {
        RequireOrSkip();
        var run = await CliProcess.RunAsync(JavaPath!, ["-jar", JarPath, "--errors-only", "--format", "json", "--skip-non-html", folder],
            folder, TimeSpan.FromMinutes(2));
        // vnu writes its JSON report to standard error and exits 1 when it found errors.
        NuHtmlReport? report;
        try
        {
            report = JsonSerializer.Deserialize<NuHtmlReport>(run.Error, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"vnu (exit code {run.ExitCode}) printed no JSON report: {e.Message}\n{run.Output}\n{run.Error}", e);
        }
        if (report?.Messages is null)
            throw new InvalidOperationException($"vnu (exit code {run.ExitCode}) printed no messages list:\n{run.Output}\n{run.Error}");
        return report.Messages;
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (!string.IsNullOrEmpty(home)) folders = [Path.Combine(home, "bin"), .. folders];
        return folders.Select(f => Path.Combine(f, "java")).FirstOrDefault(File.Exists);
    }

    private sealed record NuHtmlReport(IReadOnlyList<NuHtmlMessage>? Messages);
}

/// <param name="Type">"error", or "non-document-error" when a file could not be read at all.</param>
/// <param name="Url">The checked file as a file: URL.</param>
public sealed record NuHtmlMessage(string Type, string? Url, int? LastLine, int? FirstColumn, string Message, string? Extract)
{
    public string Describe(string root)
    {
        // vnu names files as "file:/tmp/…", a form System.Uri does not parse.
        var file = Url is null ? "(no file)" : Path.GetRelativePath(root, Uri.UnescapeDataString(Url.StartsWith("file:", StringComparison.Ordinal) ? Url[5..] : Url));
        return $"{file}:{LastLine ?? 0}:{FirstColumn ?? 0}: {Type}: {Message}" + (Extract is null ? "" : $"\n    {Extract.ReplaceLineEndings(" ")}");
    }
}
