using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IqSite.Diagnostics;
using IqSite.Generate;

namespace IqSite.Write;

/// <param name="Changes">The pages that changed against the previous output, by language; null on a first build.</param>
/// <param name="Written">Files whose bytes were written; the others were already in the staging folder.</param>
public sealed record WriteResult(ImmutableArray<LanguageChanges>? Changes, int Written, int Unchanged);

/// <summary>
/// Stage 7: brings the staging folder beside output/ up to date, then exchanges it with output/
/// in one step. Until that step the previous output/ is untouched, so a failed or killed build
/// never leaves a half-written site.
/// The staging folder is kept between builds: after the exchange it holds the previous site,
/// and the next build rewrites only the files whose bytes differ from it (its manifest says
/// which), instead of writing and deleting every file of the site each time.
/// </summary>
public static partial class WriteStage
{
    /// <summary>Marks a folder as IqSite's own; a folder without it is never replaced.</summary>
    public const string MarkerFile = ".iqsite-output";

    /// <param name="beforePublish">Runs on the written staging folder before it replaces output/ (the search index is built there).</param>
    public static WriteResult Run(IReadOnlyList<OutputFile> files, BuildOptions options, DiagnosticBag diagnostics,
        Action<string>? beforePublish = null)
    {
        var outputDirectory = options.OutputDirectory;
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output)!;
        var staging = Path.Combine(parent, Path.GetFileName(output) + ".staging");
        RefuseForeign(output, outputDirectory, diagnostics);
        RefuseForeign(staging, Path.TrimEndingDirectorySeparator(outputDirectory) + ".staging", diagnostics);

        try
        {
            var previous = PrepareStaging(staging);
            var (manifest, written) = Sync(files, staging, previous, options, diagnostics);
            beforePublish?.Invoke(staging);
            OutputManifest.Save(staging, manifest);
            var changes = OutputChanges.Compare(OutputManifest.Load(output)?.Entries, manifest);
            Swap(staging, output);
            return new WriteResult(changes, written, files.Count - written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(outputDirectory, 1, 1, $"could not write the site: {ex.Message}; the previous output was left as it was");
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
    private static OutputManifest? PrepareStaging(string staging)
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
        // From here until the new manifest is saved the folder counts as half-written.
        OutputManifest.Delete(staging);
        return previous;
    }

    private static (IReadOnlyDictionary<string, ManifestEntry> Manifest, int Written) Sync(IReadOnlyList<OutputFile> files, string staging,
        OutputManifest? previous, BuildOptions options, DiagnosticBag diagnostics)
    {
        var root = staging + Path.DirectorySeparatorChar;
        var targets = files.Select(f => (File: f, Target: Path.GetFullPath(Path.Combine(staging, f.Path)))).ToArray();
        foreach (var (file, target) in targets)
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write outside the output folder: {file.Path}");

        // Removed first, so that a path which was a file can become a folder and the other way round.
        Prune(staging, targets.Select(t => t.Target).Append(Path.Combine(staging, MarkerFile)).ToHashSet(StringComparer.Ordinal));
        foreach (var directory in targets.Select(t => Path.GetDirectoryName(t.Target)!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(directory);

        var manifest = new ConcurrentDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var written = 0;
        var failed = 0;
        Parallel.ForEach(targets, t =>
        {
            try
            {
                var fingerprint = t.File.Content is { } bytes ? OutputManifest.Fingerprint(bytes) : OutputManifest.FingerprintOfFile(t.File.CopyFrom!);
                if (previous?.Holds(t.File.Path, t.Target, fingerprint) != true)
                {
                    if (t.File.Content is { } content) File.WriteAllBytes(t.Target, content);
                    else File.Copy(t.File.CopyFrom!, t.Target, overwrite: true);
                    Interlocked.Increment(ref written);
                }
                manifest[t.File.Path] = new ManifestEntry(fingerprint, t.File.Content?.Length ?? new FileInfo(t.Target).Length);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref failed);
                var source = t.File.CopyFrom is { } from ? Discover.SourceDiscovery.Display(options, from) : t.File.Path;
                diagnostics.Error(source, 1, 1, $"could not write output/{t.File.Path}: {ex.Message}");
            }
        });
        if (failed > 0) throw new BuildFailedException(diagnostics.Sorted());
        return (manifest, written);
    }

    /// <summary>Deletes every file the new site does not have (pages gone, the previous search index), then the folders left empty.</summary>
    private static void Prune(string staging, HashSet<string> keep)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            if (keep.Contains(file)) continue;
            File.Delete(file);
            emptied.Add(Path.GetDirectoryName(file)!);
        }
        foreach (var directory in emptied.OrderByDescending(d => d.Length))
            for (var d = directory; d.Length > staging.Length && !Directory.EnumerateFileSystemEntries(d).Any(); d = Path.GetDirectoryName(d)!)
                Directory.Delete(d);
    }

    /// <summary>
    /// On Linux renameat2(RENAME_EXCHANGE) swaps the two folders atomically; elsewhere (or on file
    /// systems without it) output/ is moved aside first, a window of one rename.
    /// </summary>
    private static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (OperatingSystem.IsLinux() && RenameExchange(staging, output)) return;
        var aside = staging + ".swap";
        Directory.Move(output, aside);
        Directory.Move(staging, output);
        Directory.Move(aside, staging);
    }

    private static bool RenameExchange(string a, string b)
    {
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchangeFlag) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchangeFlag = 2;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
