using IqSite.Diagnostics;

namespace IqSite.Write;

/// <summary>
/// Stage 7: the site is written into a staging folder beside output/ while it is rendered, so
/// no page is held in memory, and put in place of output/ in one step only when every stage
/// has passed. Until that step the previous output/ is untouched, so a failed or killed build
/// never leaves a half-written site.
/// The staging folder (output.staging/) is kept between builds: after the exchange it holds the
/// previous site, and the next build rewrites only the files whose bytes differ from it (its
/// manifest says which), instead of writing and deleting every file of the site each time.
/// </summary>
public static class WriteStage
{
    /// <summary>Marks a folder as IqSite's own; a folder without it is never replaced.</summary>
    public const string MarkerFile = ".iqsite-output";

    public const string StagingSuffix = ".staging";

    public static StagingFolder Open(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        var staging = output + StagingSuffix;
        RefuseForeign(output, options.OutputDirectory, diagnostics);
        RefuseForeign(staging, Path.TrimEndingDirectorySeparator(options.OutputDirectory) + StagingSuffix, diagnostics);
        try
        {
            return new StagingFolder(staging, output, Prepare(staging), OutputManifest.Load(output), options, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(options.OutputDirectory, 1, 1, $"could not prepare the staging folder: {ex.Message}; the previous output was left as it was");
            throw new BuildFailedException(diagnostics.Sorted());
        }
    }

    private static void RefuseForeign(string folder, string shown, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any() || File.Exists(Path.Combine(folder, MarkerFile))) return;
        diagnostics.Error(shown, 1, 1,
            $"refusing to replace '{shown}': it was not created by IqSite (no {MarkerFile} file in it); choose an empty or new output folder");
        throw new BuildFailedException(diagnostics.Sorted());
    }

    /// <returns>What the staging folder holds, per its manifest; null for a new folder.</returns>
    private static OutputManifest? Prepare(string staging)
    {
        var previous = Directory.Exists(staging) ? OutputManifest.Load(staging) : null;
        if (previous is null)
        {
            // New, or left half-written by a killed build: start from nothing.
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, MarkerFile), "Written by IqSite. This folder is replaced as a whole on every build.\n");
            return null;
        }
        // From here until a new manifest is saved the folder counts as half-written.
        OutputManifest.Delete(staging);
        return previous;
    }
}
