using System.Text;

namespace IqSite.Verify;

/// <summary>
/// The links and ids read from each page, saved in the build cache so that the next build reads
/// only pages whose bytes changed (reading every page is the largest part of a build after
/// rendering). Entries are keyed by the page's path and the fingerprint of its bytes. With them
/// goes the fingerprint of the targets the build that saved them verified every link of them
/// against (<see cref="SiteTargets.Fingerprint"/>): in the same file, because builds of several
/// sites may share one cache folder, and scans must never be taken as verified against another
/// site's targets. A file that cannot be read as a whole is ignored: the cache only ever saves work.
/// </summary>
public static class ReferenceFile
{
    public const string FileName = "page-references.bin";

    // Raised whenever the layout or the meaning of an entry changes (what Scan reads).
    private const string Format = "iqsite-page-references-2";

    /// <returns>The scans by key, and the fingerprint of the targets they were verified against (null: none).</returns>
    public static (Dictionary<string, PageReferences> Pages, string? Targets) Load(string cacheDirectory)
    {
        var pages = new Dictionary<string, PageReferences>(StringComparer.Ordinal);
        var path = Path.Combine(cacheDirectory, FileName);
        if (!File.Exists(path)) return (pages, null);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Format) return (pages, null);
            var targets = reader.ReadString() is { Length: > 0 } verified ? verified : null;
            var texts = new string[reader.ReadInt32()];
            for (var i = 0; i < texts.Length; i++) texts[i] = reader.ReadString();
            string? Text(int index) => index < 0 ? null : texts[index];
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = texts[reader.ReadInt32()];
                var outputPath = texts[reader.ReadInt32()];
                var usesCookies = reader.ReadBoolean();
                var references = new Reference[reader.ReadInt32()];
                for (var r = 0; r < references.Length; r++)
                    references[r] = new Reference(texts[reader.ReadInt32()], texts[reader.ReadInt32()], reader.ReadBoolean(),
                        reader.ReadInt32(), reader.ReadInt32(), Text(reader.ReadInt32()));
                var idCount = reader.ReadInt32();
                var ids = new HashSet<string>(idCount, StringComparer.Ordinal);
                for (var n = 0; n < idCount; n++) ids.Add(texts[reader.ReadInt32()]);
                pages[key] = new PageReferences(outputPath, references, ids, usesCookies);
            }
            return (pages, targets);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or IndexOutOfRangeException or FormatException)
        {
            return (new Dictionary<string, PageReferences>(StringComparer.Ordinal), null);
        }
    }

    /// <summary>Written through a temporary file: a killed build leaves the previous file or none.</summary>
    /// <param name="targets">The fingerprint of the targets every link of <paramref name="pages"/> was verified against.</param>
    public static void Save(string cacheDirectory, IReadOnlyDictionary<string, PageReferences> pages, string? targets)
    {
        var ordered = pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        // The table of texts comes first in the file: it is made in a pass of its own, so the
        // entries (some 20 MB at N=5000) go straight to the file instead of a buffer.
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var inOrder = new List<string>();
        void Add(string? text)
        {
            if (text is not null && texts.TryAdd(text, texts.Count)) inOrder.Add(text);
        }
        foreach (var (key, page) in ordered)
        {
            Add(key);
            Add(page.OutputPath);
            foreach (var reference in page.References)
            {
                Add(reference.Url);
                Add(reference.Element);
                Add(reference.ImageWithoutAlt);
            }
            foreach (var id in page.Ids) Add(id);
        }
        int Index(string? text) => text is null ? -1 : texts[text];
        Directory.CreateDirectory(cacheDirectory);
        // Its own temporary name: builds of several sites may share one cache folder.
        var temporary = Path.Combine(cacheDirectory, $"{FileName}.{Guid.NewGuid():N}.tmp");
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Format);
            writer.Write(targets ?? "");
            writer.Write(texts.Count);
            foreach (var text in inOrder) writer.Write(text);
            writer.Write(ordered.Length);
            foreach (var (key, page) in ordered)
            {
                writer.Write(Index(key));
                writer.Write(Index(page.OutputPath));
                writer.Write(page.UsesCookies);
                writer.Write(page.References.Count);
                foreach (var reference in page.References)
                {
                    writer.Write(Index(reference.Url));
                    writer.Write(Index(reference.Element));
                    writer.Write(reference.LoadsResource);
                    writer.Write(reference.Line);
                    writer.Write(reference.Column);
                    writer.Write(Index(reference.ImageWithoutAlt));
                }
                writer.Write(page.Ids.Count);
                foreach (var id in page.Ids) writer.Write(Index(id));
            }
        }
        File.Move(temporary, Path.Combine(cacheDirectory, FileName), overwrite: true);
    }
}
