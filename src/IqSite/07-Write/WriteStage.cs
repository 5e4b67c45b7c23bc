using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IqSite.Diagnostics;
using IqSite.Generate;

namespace IqSite.Write;

/// <summary>
/// Stage 6: writes the site into a fresh staging folder beside output/, checks it, then puts it
/// in place of output/ in one step. Until that step the previous output/ is untouched, so a
/// failed or killed build never leaves a half-written site.
/// </summary>
public static partial class WriteStage
{
    /// <summary>Marks a folder as IqSite's own; a folder without it is never replaced.</summary>
    public const string MarkerFile = ".iqsite-output";

    /// <returns>The pages that changed against the previous output, by language; null on a first build.</returns>
    /// <param name="beforePublish">Runs on the written staging folder before it replaces output/ (the search index is built there).</param>
    public static ImmutableArray<LanguageChanges>? Run(IReadOnlyList<OutputFile> files, BuildOptions options, DiagnosticBag diagnostics,
        Action<string>? beforePublish = null)
    {
        var outputDirectory = options.OutputDirectory;
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            diagnostics.Error(outputDirectory, 1, 1,
                $"refusing to replace '{outputDirectory}': it was not created by IqSite (no {MarkerFile} file in it); choose an empty or new output folder");
            throw new BuildFailedException(diagnostics.Sorted());
        }

        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);
        var staging = Path.Combine(parent, $"{name}.tmp-{Guid.NewGuid():N}");
        try
        {
            WriteAll(files, staging, options, diagnostics);
            File.WriteAllText(Path.Combine(staging, MarkerFile), "Written by IqSite. This folder is replaced as a whole on every build.\n");
            Verify(files, staging);
            beforePublish?.Invoke(staging);
            var changes = OutputChanges.Compare(output, files);
            Swap(staging, output, Path.Combine(parent, $"{name}.old-{Guid.NewGuid():N}"));
            return changes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(outputDirectory, 1, 1, $"could not write the site: {ex.Message}; the previous output was left as it was");
            throw new BuildFailedException(diagnostics.Sorted());
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void WriteAll(IReadOnlyList<OutputFile> files, string staging, BuildOptions options, DiagnosticBag diagnostics)
    {
        var root = staging + Path.DirectorySeparatorChar;
        var targets = files.Select(f => (File: f, Target: Path.GetFullPath(Path.Combine(staging, f.Path)))).ToArray();
        foreach (var (file, target) in targets)
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write outside the output folder: {file.Path}");

        foreach (var directory in targets.Select(t => Path.GetDirectoryName(t.Target)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            Directory.CreateDirectory(directory);
        var failed = 0;
        Parallel.ForEach(targets, t =>
        {
            try
            {
                if (t.File.Content is { } bytes) File.WriteAllBytes(t.Target, bytes);
                else File.Copy(t.File.CopyFrom!, t.Target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref failed);
                var source = t.File.CopyFrom is { } from ? Discover.SourceDiscovery.Display(options, from) : t.File.Path;
                diagnostics.Error(source, 1, 1, $"could not write output/{t.File.Path}: {ex.Message}");
            }
        });
        if (failed > 0) throw new BuildFailedException(diagnostics.Sorted());
    }

    private static void Verify(IReadOnlyList<OutputFile> files, string staging)
    {
        var written = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Count();
        if (written != files.Count + 1)
            throw new IOException($"expected {files.Count + 1} files in the staging folder, found {written}");
    }

    /// <summary>
    /// On Linux renameat2(RENAME_EXCHANGE) swaps the two folders atomically; elsewhere (or on file
    /// systems without it) the old folder is moved aside first, a window of one rename.
    /// </summary>
    private static void Swap(string staging, string output, string aside)
    {
        if (Directory.Exists(output))
        {
            if (OperatingSystem.IsLinux() && RenameExchange(staging, output))
            {
                Directory.Delete(staging, recursive: true);
                return;
            }
            Directory.Move(output, aside);
            Directory.Move(staging, output);
            Directory.Delete(aside, recursive: true);
        }
        else
        {
            Directory.Move(staging, output);
        }
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

    /// <summary>Staging folders of builds that were killed; the previous output/ is intact beside them.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $"{name}.tmp-*", $"{name}.old-*" })
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
                Directory.Delete(leftover, recursive: true);
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchangeFlag = 2;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
