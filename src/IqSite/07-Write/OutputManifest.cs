using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace IqSite.Write;

/// <param name="Fingerprint">XxHash128 of the file's bytes.</param>
public sealed record ManifestEntry(string Fingerprint, long Size);

/// <summary>
/// What one written site folder holds: each file's fingerprint and size. It lets a build rewrite
/// only the files whose bytes change, and list the changed pages without reading the previous
/// site. It holds nothing but content, so two builds of the same input write the same manifest.
/// </summary>
/// <param name="Saved">When the manifest was written: a file modified later was changed behind IqSite's back and is written again.</param>
public sealed record OutputManifest(IReadOnlyDictionary<string, ManifestEntry> Entries, DateTime Saved)
{
    /// <summary>Written last into a finished folder: a folder without it may be half-written.</summary>
    public const string FileName = ".iqsite-manifest";

    public static string Fingerprint(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));

    public static string FingerprintOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Whether the file at <paramref name="path"/> is still the one the manifest describes.</summary>
    public bool Holds(string relativePath, string path, string fingerprint)
    {
        if (!Entries.TryGetValue(relativePath, out var entry) || entry.Fingerprint != fingerprint) return false;
        var info = new FileInfo(path);
        return info.Exists && info.Length == entry.Size && info.LastWriteTimeUtc <= Saved;
    }

    /// <returns>Null when the folder has no manifest: it was never finished, or not by this version.</returns>
    public static OutputManifest? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var size)) return null;
            entries[fields[2]] = new ManifestEntry(fields[0], size);
        }
        return new OutputManifest(entries, File.GetLastWriteTimeUtc(path));
    }

    /// <summary>Writes through a temporary file so a killed build never leaves a partial manifest.</summary>
    public static void Save(string folder, IEnumerable<KeyValuePair<string, ManifestEntry>> entries)
    {
        var text = new StringBuilder();
        foreach (var (path, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{entry.Fingerprint}\t{entry.Size}\t{path}\n");
        var temporary = Path.Combine(folder, FileName + ".tmp");
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    /// <summary>
    /// Adds entries for files replaced in a finished folder (<see cref="OutputPatch"/>): a later
    /// line for a path overrides an earlier one, so the whole manifest need not be written again.
    /// A line cut short by a kill makes the manifest unreadable, and the folder is written anew.
    /// </summary>
    public static void Append(string folder, IEnumerable<KeyValuePair<string, ManifestEntry>> entries)
    {
        var text = new StringBuilder();
        foreach (var (path, entry) in entries)
            text.Append(CultureInfo.InvariantCulture, $"{entry.Fingerprint}\t{entry.Size}\t{path}\n");
        File.AppendAllText(Path.Combine(folder, FileName), text.ToString(), new UTF8Encoding(false));
    }

    public static void Delete(string folder) => File.Delete(Path.Combine(folder, FileName));
}
