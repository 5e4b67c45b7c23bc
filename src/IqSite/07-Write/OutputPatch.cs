namespace IqSite.Write;

/// <summary>
/// Replaces single pages of a finished output/ in place: the preview's rebuild of edited texts
/// (<see cref="TextEditRebuild"/>), where the rest of the site stays as it is. Each file is
/// written beside the old one and renamed over it, so a reader never gets half a page; the
/// manifest gets the new entries after the files are in place.
/// </summary>
public static class OutputPatch
{
    /// <param name="manifest">What output/ holds, as the last write left it.</param>
    public static WriteResult Apply(string outputDirectory, IReadOnlyDictionary<string, ManifestEntry> manifest,
        IReadOnlyList<(string Path, byte[] Content, string Fingerprint)> files)
    {
        var output = Path.GetFullPath(outputDirectory);
        var replaced = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var (path, content, fingerprint) in files)
        {
            if (manifest.GetValueOrDefault(path)?.Fingerprint == fingerprint) continue;
            var target = Path.GetFullPath(Path.Combine(output, path));
            if (!target.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write outside the output folder: {path}");
            var temporary = target + ".iqsite-new";
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target, overwrite: true);
            replaced[path] = new ManifestEntry(fingerprint, content.Length);
        }
        if (replaced.Count > 0) OutputManifest.Append(output, replaced);
        var now = new Dictionary<string, ManifestEntry>(manifest, StringComparer.Ordinal);
        foreach (var (path, entry) in replaced) now[path] = entry;
        var changes = OutputChanges.Compare(
            files.Where(f => manifest.ContainsKey(f.Path)).ToDictionary(f => f.Path, f => manifest[f.Path], StringComparer.Ordinal),
            files.ToDictionary(f => f.Path, f => now[f.Path], StringComparer.Ordinal));
        return new WriteResult(changes, replaced.Count, files.Count - replaced.Count, now);
    }
}
