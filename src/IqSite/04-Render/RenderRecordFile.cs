using System.Text;

namespace IqSite.Render;

/// <summary>
/// Each page's render key and the fingerprint of the bytes it rendered to, saved in the build
/// cache so that the next build keeps the files of pages whose key is unchanged instead of
/// rendering them. A file that cannot be read as a whole is ignored: the cache only saves work.
/// </summary>
public static class RenderRecordFile
{
    public const string FileName = "render-keys.txt";

    // Raised whenever the meaning of a line changes.
    private const string Format = "iqsite-render-keys-1";

    /// <returns>Key and fingerprint by the page's output path.</returns>
    public static Dictionary<string, RenderRecord> Load(string cacheDirectory)
    {
        var records = new Dictionary<string, RenderRecord>(StringComparer.Ordinal);
        var path = Path.Combine(cacheDirectory, FileName);
        if (!File.Exists(path)) return records;
        using var lines = File.ReadLines(path, Encoding.UTF8).GetEnumerator();
        if (!lines.MoveNext() || lines.Current != Format) return records;
        while (lines.MoveNext())
        {
            var fields = lines.Current.Split('\t');
            // The last line is the count: a file cut short by a kill is missing it.
            if (fields.Length == 1) return int.TryParse(fields[0], out var count) && count == records.Count ? records : [];
            if (fields.Length != 3) return [];
            records[fields[0]] = new RenderRecord(fields[1], fields[2]);
        }
        return [];
    }

    /// <summary>Writes through a temporary file, so a killed build never leaves a partial file in its place.</summary>
    public static void Save(string cacheDirectory, IEnumerable<KeyValuePair<string, RenderRecord>> records)
    {
        Directory.CreateDirectory(cacheDirectory);
        var text = new StringBuilder(Format).Append('\n');
        var count = 0;
        foreach (var (path, record) in records.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append('\t').Append(record.Key).Append('\t').Append(record.Fingerprint).Append('\n');
            count++;
        }
        text.Append(count).Append('\n');
        var file = Path.Combine(cacheDirectory, FileName);
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, file, overwrite: true);
    }
}

/// <param name="Key">The page's render key (<see cref="RenderKeys"/>).</param>
/// <param name="Fingerprint">The fingerprint of the bytes that key rendered to.</param>
public sealed record RenderRecord(string Key, string Fingerprint);
