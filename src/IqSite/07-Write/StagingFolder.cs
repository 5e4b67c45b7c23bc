using System.Collections.Concurrent;
using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Generate;

namespace IqSite.Write;

/// <param name="Changes">The pages that changed against the previous output, by language; null on a first build.</param>
/// <param name="Written">Files whose bytes were written; the others were already in the staging folder.</param>
/// <param name="Manifest">What output/ holds now, by path.</param>
public sealed record WriteResult(ImmutableArray<LanguageChanges>? Changes, int Written, int Unchanged, IReadOnlyDictionary<string, ManifestEntry> Manifest)
{
    /// <summary>The deletion of what the new site no longer has, going on after output/ was replaced (<see cref="SetAside"/>).</summary>
    public Task Deleting { get; init; } = Task.CompletedTask;
}

/// <summary>
/// The folder the site is written into before it replaces output/. Files may be put from many
/// threads; each is written only when the folder does not already hold the same bytes.
/// </summary>
/// <param name="previous">What the staging folder holds (the site before the current output/), per its manifest.</param>
/// <param name="published">What output/ holds, per its manifest.</param>
public sealed class StagingFolder(string path, string output, OutputManifest? previous, OutputManifest? published, BuildOptions options, DiagnosticBag diagnostics)
{
    private readonly string _root = path + System.IO.Path.DirectorySeparatorChar;
    private readonly ConcurrentDictionary<string, ManifestEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failed = new(StringComparer.Ordinal);
    private int _written;

    // What earlier builds set aside and did not see deleted, deleted while this one runs.
    private readonly Task _leftOver = SetAside.DeleteLeftOver(path);

    public string Path { get; } = path;

    /// <summary>Writes one file of the site; an I/O error is reported against its source and ends the build later.</summary>
    /// <param name="fingerprint">The fingerprint of <see cref="OutputFile.Content"/> when the caller has it already.</param>
    public void Put(OutputFile file, string? fingerprint = null)
    {
        var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, file.Path));
        if (!target.StartsWith(_root, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {file.Path}");
        try
        {
            // A repeated output file has been written before it: the copy is made from the staging folder.
            var copyFrom = file.SameAs is { } original ? System.IO.Path.Combine(Path, original) : file.CopyFrom;
            fingerprint ??= file.Content is { } bytes ? OutputManifest.Fingerprint(bytes) : OutputManifest.FingerprintOfFile(copyFrom!);
            if (previous?.Holds(file.Path, target, fingerprint) != true)
            {
                Prepare(target);
                if (file.Content is { } content) File.WriteAllBytes(target, content);
                else File.Copy(copyFrom!, target, overwrite: true);
                Interlocked.Increment(ref _written);
            }
            _entries[file.Path] = new ManifestEntry(fingerprint, file.Content?.Length ?? new FileInfo(target).Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _failed[file.Path] = 0;
            var source = file.CopyFrom is { } from ? Discover.SourceDiscovery.Display(options, from) : file.Path;
            diagnostics.Error(source, 1, 1, $"could not write output/{file.Path}: {ex.Message}");
        }
    }

    /// <summary>
    /// Keeps the file an earlier build wrote with these bytes instead of rendering it again: the
    /// staging folder holds it already, or output/ does and it is copied from there.
    /// </summary>
    /// <returns>False when neither holds it (or copying failed): the caller renders the page.</returns>
    public bool Keep(string relativePath, string fingerprint)
    {
        var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));
        if (!target.StartsWith(_root, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        try
        {
            if (previous?.Holds(relativePath, target, fingerprint) == true)
            {
                _entries[relativePath] = previous.Entries[relativePath];
                return true;
            }
            var source = System.IO.Path.Combine(output, relativePath);
            if (published?.Holds(relativePath, source, fingerprint) != true) return false;
            Prepare(target);
            File.Copy(source, target, overwrite: true);
            Interlocked.Increment(ref _written);
            _entries[relativePath] = published.Entries[relativePath];
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Makes room for a file: its folder must exist, and a path that was a folder in the
    /// previous site (or a file where a folder is needed now) must go first.
    /// </summary>
    private void Prepare(string target)
    {
        // GetOrAdd stores the folder only after the factory has created it, so no thread writes into a folder still being made.
        _folders.GetOrAdd(System.IO.Path.GetDirectoryName(target)!, folder =>
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (IOException)
            {
                for (var f = folder; f.Length > Path.Length; f = System.IO.Path.GetDirectoryName(f)!)
                    if (File.Exists(f)) File.Delete(f);
                Directory.CreateDirectory(folder);
            }
            return 0;
        });
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
    }

    /// <summary>
    /// Removes what the new site does not have, runs <paramref name="beforePublish"/> on the
    /// finished folder, saves its manifest and exchanges it with output/.
    /// </summary>
    /// <param name="beforePublish">
    /// Runs on the written staging folder and the paths of its files (relative, with '/') before
    /// it replaces output/ (the search index is built there).
    /// </param>
    public WriteResult Publish(Action<string, IEnumerable<string>>? beforePublish)
    {
        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        try
        {
            var deleting = Prune();
            beforePublish?.Invoke(Path, _entries.Keys);
            OutputManifest.Save(Path, _entries);
            var changes = OutputChanges.Compare(published?.Entries, _entries);
            FolderSwap.Exchange(Path, output);
            return new WriteResult(changes, _written, _entries.Count - _written, _entries) { Deleting = Task.WhenAll(_leftOver, deleting) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(options.OutputDirectory, 1, 1, $"could not write the site: {ex.Message}; the previous output was left as it was");
            throw new BuildFailedException(diagnostics.Sorted());
        }
    }

    /// <summary>
    /// After a failed build: every file is as the previous manifest says or completely written
    /// by this build, except those whose writing failed, so a manifest saying exactly that lets
    /// the next build go on from here.
    /// </summary>
    public void Abandon()
    {
        try
        {
            var known = (previous?.Entries ?? ImmutableDictionary<string, ManifestEntry>.Empty)
                .Where(e => !_entries.ContainsKey(e.Key)).Concat(_entries).Where(e => !_failed.ContainsKey(e.Key));
            OutputManifest.Save(Path, known);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a manifest the next build starts the folder from nothing; nothing is lost.
        }
    }

    /// <summary>
    /// Deletes every file the new site does not have (pages gone, the previous search index), then
    /// the folders left empty. A folder that holds nothing of the new site (the previous search
    /// index, a language removed) is set aside whole and deleted while the build goes on.
    /// </summary>
    /// <returns>The deletion of the folders set aside.</returns>
    private Task Prune()
    {
        // The folders that hold a file of the new site, and the folders above them (paths with '/').
        var holding = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
            for (var end = path.LastIndexOf('/'); end > 0 && holding.Add(path[..end]); end = path.LastIndexOf('/', end - 1)) { }
        var setAside = new List<string>();
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string folder, string relative)
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = relative + System.IO.Path.GetFileName(file);
                if (_entries.ContainsKey(name) || name == WriteStage.MarkerFile) continue;
                File.Delete(file);
                emptied.Add(folder);
            }
            foreach (var subfolder in Directory.EnumerateDirectories(folder))
            {
                var name = relative + System.IO.Path.GetFileName(subfolder);
                if (holding.Contains(name)) Visit(subfolder, name + "/");
                else setAside.Add(subfolder);
            }
        }
        Visit(Path, "");
        foreach (var directory in emptied.OrderByDescending(d => d.Length))
            for (var d = directory; d.Length > Path.Length && Directory.Exists(d) && !Directory.EnumerateFileSystemEntries(d).Any(); d = System.IO.Path.GetDirectoryName(d)!)
                Directory.Delete(d);
        return SetAside.Delete(Path, setAside);
    }
}
