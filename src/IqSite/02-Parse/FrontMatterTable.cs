using System.Text;
using System.Text.Json;

namespace IqSite.Parse;

/// <summary>
/// The typed front matter a single build read from each content file without a remark, in the
/// build cache (<c>front-matter.txt</c>), under the file's <see cref="ParsedDocument.TextHash"/>
/// and a context (<see cref="Context"/>): the next build takes an unchanged file's front matter
/// from here instead of parsing its YAML, which was most of a rebuild's Parse stage.
/// </summary>
/// <remarks>
/// A line per file: text hash, context, <see cref="ParsedDocument.FrontMatterKey"/> and the front matter's JSON (<see cref="FrontMatterJson"/>),
/// separated by tabs; the first line names the format and the IqSite build that wrote it, the last
/// counts the rows, so a table of another version or cut short by a kill is ignored as a whole.
/// The table is kept as the UTF-8 bytes it was read as (16 MB at N=5000): JSON is read from them
/// directly, and a save copies the rows of unchanged files instead of writing their JSON again.
/// </remarks>
internal sealed class FrontMatterTable
{
    public const string FileName = "front-matter.txt";

    private const string Format = "iqsite-front-matter-2";

    private readonly byte[] _bytes;
    private readonly Dictionary<string, Row> _rows;
    // The rows Read gave front matter from in this build: a save copies only those.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Row> _read = new(StringComparer.Ordinal);

    /// <param name="Start">Where the row's line starts in the table's bytes.</param>
    /// <param name="Key">Where its front matter key starts; the field before it is the context.</param>
    /// <param name="Json">Where its JSON starts.</param>
    /// <param name="End">Where its line ends (at the line break).</param>
    private readonly record struct Row(int Start, int Key, int Json, int End);

    private FrontMatterTable(byte[] bytes, Dictionary<string, Row> rows)
    {
        _bytes = bytes;
        _rows = rows;
    }

    public static FrontMatterTable Empty => new([], new Dictionary<string, Row>(StringComparer.Ordinal));

    /// <summary>
    /// What a file's front matter depends on besides its text: site.yml (its languages), and the
    /// name errors show for the file, which its locations carry and whose folder says its kind.
    /// </summary>
    /// <param name="siteConfig">The hash of site.yml's text (<see cref="Hash"/>), made once per build.</param>
    public static string Context(string displayPath, string siteConfig) => Hash(displayPath + "\n" + siteConfig);

    public static string Hash(string text) =>
        // The UTF-16 bytes as they are: asked once per file, encoding each text would be most of the work.
        Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan())));

    /// <summary>The table in the cache folder; empty when it is missing, of another version or incomplete.</summary>
    public static FrontMatterTable Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        if (!File.Exists(path)) return Empty;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return Empty;
        }
        var text = bytes.AsSpan();
        var header = Encoding.UTF8.GetBytes($"{Format} {CodeVersion.Id}\n");
        if (!text.StartsWith(header)) return Empty;
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        var at = header.Length;
        while (at < bytes.Length)
        {
            var length = text[at..].IndexOf((byte)'\n');
            if (length < 0) return Empty;
            var line = text.Slice(at, length);
            var firstTab = line.IndexOf((byte)'\t');
            if (firstTab < 0)
                return at + length + 1 == bytes.Length && int.TryParse(line, out var count) && count == rows.Count
                    ? new FrontMatterTable(bytes, rows) : Empty;
            var secondTab = line[(firstTab + 1)..].IndexOf((byte)'\t');
            if (secondTab < 0) return Empty;
            var keyStart = firstTab + 1 + secondTab + 1;
            var thirdTab = line[keyStart..].IndexOf((byte)'\t');
            if (thirdTab < 0) return Empty;
            rows[Encoding.ASCII.GetString(line[..firstTab])] = new Row(at, at + keyStart, at + keyStart + thirdTab + 1, at + length);
            at += length + 1;
        }
        return Empty;
    }

    /// <summary>The front matter saved for this text in this context, with its <see cref="ParsedDocument.FrontMatterKey"/>; null when there is none or it cannot be read.</summary>
    /// <remarks>Safe from many threads: the table is not changed after it is loaded.</remarks>
    public (FrontMatter FrontMatter, string Key)? Read(string textHash, string context, string displayPath)
    {
        if (!_rows.TryGetValue(textHash, out var row) || !ContextOf(row).SequenceEqual(Encoding.ASCII.GetBytes(context))) return null;
        try
        {
            var frontMatter = FrontMatterJson.Read(_bytes.AsSpan(row.Json, row.End - row.Json), displayPath);
            _read[textHash] = row;
            return (frontMatter, Encoding.ASCII.GetString(_bytes, row.Key, row.Json - 1 - row.Key));
        }
        catch (JsonException)
        {
            return null; // a row edited by hand: the YAML is parsed instead
        }
    }

    private ReadOnlySpan<byte> ContextOf(Row row)
    {
        var hashEnd = _bytes.AsSpan(row.Start, row.Key - row.Start).IndexOf((byte)'\t');
        return _bytes.AsSpan(row.Start + hashEnd + 1, row.Key - 1 - (row.Start + hashEnd + 1));
    }

    /// <summary>
    /// Saves the front matter of <paramref name="documents"/> (text hash, context, document),
    /// streamed through a temporary file; not at all when the table already holds exactly these rows.
    /// </summary>
    public void Save(string cacheDirectory, IEnumerable<(string TextHash, string Context, ParsedDocument Document)> documents)
    {
        var rows = documents.DistinctBy(d => d.TextHash).OrderBy(d => d.TextHash, StringComparer.Ordinal).ToList();
        if (rows.Count == _rows.Count && rows.All(d => Copied(d.TextHash, d.Context) is not null)) return;
        Directory.CreateDirectory(cacheDirectory);
        var file = Path.Combine(cacheDirectory, FileName);
        // Its own temporary name: builds of several sites may share one cache folder.
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            stream.Write(Encoding.UTF8.GetBytes($"{Format} {CodeVersion.Id}\n"));
            using var json = new Utf8JsonWriter(stream);
            foreach (var (hash, context, document) in rows)
            {
                if (Copied(hash, context) is { } row)
                {
                    stream.Write(_bytes.AsSpan(row.Start, row.End + 1 - row.Start));
                    continue;
                }
                stream.Write(Encoding.ASCII.GetBytes($"{hash}\t{context}\t{document.FrontMatterKey}\t"));
                json.Reset(stream);
                FrontMatterJson.Write(json, document.FrontMatter, document.Source.DisplayPath);
                json.Flush();
                stream.WriteByte((byte)'\n');
            }
            stream.Write(Encoding.ASCII.GetBytes($"{rows.Count}\n"));
        }
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>The row of this text that was read in this very context, which a save copies as it is.</summary>
    private Row? Copied(string textHash, string context) =>
        _read.TryGetValue(textHash, out var row) && ContextOf(row).SequenceEqual(Encoding.ASCII.GetBytes(context)) ? row : null;
}
