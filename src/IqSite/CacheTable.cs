using System.Text;

namespace IqSite;

/// <summary>
/// A table the build cache keeps between builds (render keys, checked texts): rows of
/// tab-separated fields under a key, in a text file written through a temporary file. The first
/// line names the format and the IqSite build that wrote it, the last counts the rows: a file of
/// another version, or cut short by a kill, is ignored as a whole. The cache only ever saves work.
/// </summary>
public static class CacheTable
{
    /// <returns>The rows' other fields by their key; empty when the file is missing or not of this format and build.</returns>
    public static Dictionary<string, string[]> Load(string cacheDirectory, string fileName, string format)
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var path = Path.Combine(cacheDirectory, fileName);
        if (!File.Exists(path)) return rows;
        using var lines = File.ReadLines(path, Encoding.UTF8).GetEnumerator();
        if (!lines.MoveNext() || lines.Current != $"{format} {CodeVersion.Id}") return rows;
        while (lines.MoveNext())
        {
            var fields = lines.Current.Split('\t');
            if (fields.Length == 1) return int.TryParse(fields[0], out var count) && count == rows.Count ? rows : [];
            rows[fields[0]] = fields[1..];
        }
        return [];
    }

    public static void Save(string cacheDirectory, string fileName, string format, IEnumerable<(string Key, string[] Fields)> rows)
    {
        Directory.CreateDirectory(cacheDirectory);
        var text = new StringBuilder($"{format} {CodeVersion.Id}\n");
        var count = 0;
        foreach (var (key, fields) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(key);
            foreach (var field in fields) text.Append('\t').Append(field);
            text.Append('\n');
            count++;
        }
        text.Append(count).Append('\n');
        var file = Path.Combine(cacheDirectory, fileName);
        // Its own temporary name: builds of several sites may share one cache folder.
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, file, overwrite: true);
    }
}
