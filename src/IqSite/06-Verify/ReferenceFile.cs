using System.Buffers.Binary;
using System.IO.Hashing;
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
/// <para>
/// The file is a snapshot of all scans plus a journal beside it: a build that changed a few
/// pages appends what it added and removed instead of rewriting tens of megabytes. Each journal
/// record names the snapshot and the journal length it was made against, so a record of another
/// snapshot, or one appended by a build that did not see the record before it, is never applied;
/// reading stops there, as it does at a record cut short.
/// </para>
/// </summary>
public static class ReferenceFile
{
    public const string FileName = "page-references.bin";

    public const string JournalName = "page-references.journal";

    // Raised whenever the layout or the meaning of an entry changes (what Scan reads).
    private const string Format = "iqsite-page-references-3";

    /// <summary>Once the journal holds a quarter of the snapshot's bytes, the next save writes a new snapshot.</summary>
    private const int JournalShare = 4;

    /// <returns>The scans by key, the fingerprint of the targets they were verified against (null: none), and where the files ended.</returns>
    public static SavedScans Load(string cacheDirectory)
    {
        var none = new SavedScans(new Dictionary<string, PageReferences>(StringComparer.Ordinal), null, null);
        var path = Path.Combine(cacheDirectory, FileName);
        if (!File.Exists(path)) return none;
        try
        {
            var pages = new Dictionary<string, PageReferences>(StringComparer.Ordinal);
            string id, targets;
            // Kept whole while the scans are used: their references are read from it when first asked for.
            var snapshot = File.ReadAllBytes(path);
            using (var reader = new BinaryReader(new MemoryStream(snapshot, writable: false), Encoding.UTF8))
            {
                if (reader.ReadString() != Format) return none;
                id = reader.ReadString();
                targets = reader.ReadString();
                ReadScans(reader, snapshot, 0, pages);
            }
            long length = snapshot.Length;
            var journal = ReadJournal(Path.Combine(cacheDirectory, JournalName), id, pages, ref targets);
            return new SavedScans(pages, targets is { Length: > 0 } ? targets : null, new SavedPosition(id, length, journal));
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or IndexOutOfRangeException or FormatException)
        {
            return none;
        }
    }

    /// <summary>
    /// Appends to the journal what changed since <paramref name="loaded"/>, or writes a new
    /// snapshot (through a temporary file: a killed build leaves the previous file or none) and
    /// drops the journal. Nothing is written when the scans and targets are those loaded.
    /// </summary>
    /// <param name="targets">The fingerprint of the targets every link of <paramref name="pages"/> was verified against.</param>
    /// <param name="loaded">What <see cref="Load"/> gave this build; null to write a snapshot.</param>
    /// <returns>Whether anything was written.</returns>
    public static bool Save(string cacheDirectory, IReadOnlyDictionary<string, PageReferences> pages, string? targets, SavedScans? loaded = null)
    {
        Directory.CreateDirectory(cacheDirectory);
        var journal = Path.Combine(cacheDirectory, JournalName);
        if (loaded?.Position is { } at && LengthOf(journal) == at.JournalLength)
        {
            // Equal keys are equal scans: a key is the page's path and the fingerprint of its bytes.
            var removed = loaded.Pages.Keys.Where(key => !pages.ContainsKey(key)).ToArray();
            var added = pages.Where(page => !loaded.Pages.ContainsKey(page.Key)).ToArray();
            if (removed.Length == 0 && added.Length == 0 && targets == loaded.Targets) return false;
            var record = Record(at, targets, removed, added);
            if (at.JournalLength + record.Length <= at.SnapshotLength / JournalShare)
            {
                using var stream = new FileStream(journal, FileMode.Append, FileAccess.Write);
                stream.Write(record);
                return true;
            }
        }
        // Its own temporary name: builds of several sites may share one cache folder.
        var temporary = Path.Combine(cacheDirectory, $"{FileName}.{Guid.NewGuid():N}.tmp");
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Format);
            writer.Write(Guid.NewGuid().ToString("N"));
            writer.Write(targets ?? "");
            WriteScans(writer, pages);
        }
        File.Move(temporary, Path.Combine(cacheDirectory, FileName), overwrite: true);
        // A journal left by a killed build names the snapshot before: it is never applied to this one.
        File.Delete(journal);
        return true;
    }

    private static long LengthOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    // A record: its payload's length, the payload, and the payload's XxHash128.
    private static byte[] Record(SavedPosition at, string? targets, string[] removed, KeyValuePair<string, PageReferences>[] added)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(at.SnapshotId);
            writer.Write(at.JournalLength);
            writer.Write(targets ?? "");
            writer.Write(removed.Length);
            foreach (var key in removed) writer.Write(key);
            WriteScans(writer, added.ToDictionary(StringComparer.Ordinal));
        }
        var bytes = payload.ToArray();
        return [.. BitConverter.GetBytes(bytes.Length), .. bytes, .. XxHash128.Hash(bytes)];
    }

    /// <returns>The length of the journal up to its last record that applies.</returns>
    private static long ReadJournal(string path, string snapshotId, Dictionary<string, PageReferences> pages, ref string targets)
    {
        if (!File.Exists(path)) return 0;
        var journal = File.ReadAllBytes(path);
        var at = 0;
        while (journal.Length - at >= 4 && BitConverter.ToInt32(journal, at) is var length && length >= 0
            && journal.Length - at - 4 - 16 >= length)
        {
            var payload = journal.AsSpan(at + 4, length);
            if (!XxHash128.Hash(payload).AsSpan().SequenceEqual(journal.AsSpan(at + 4 + length, 16))) break;
            using var reader = new BinaryReader(new MemoryStream(journal, at + 4, length, writable: false), Encoding.UTF8);
            if (reader.ReadString() != snapshotId || reader.ReadInt64() != at) break;
            targets = reader.ReadString();
            for (var removed = reader.ReadInt32(); removed > 0; removed--) pages.Remove(reader.ReadString());
            ReadScans(reader, journal, at + 4, pages);
            at += 4 + length + 16;
        }
        return at;
    }

    /// <summary>A table of the distinct texts, then the entries, which name texts by their index in it.</summary>
    private static void WriteScans(BinaryWriter writer, IReadOnlyDictionary<string, PageReferences> pages)
    {
        var ordered = pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        // The table of texts comes first: it is made in a pass of its own, so the entries (some
        // 20 MB at N=5000) go straight to the file instead of a buffer.
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

    // A reference as WriteScans writes it: URL, element, whether it loads, line, column, image without alt.
    private const int ReferenceBytes = 4 + 4 + 1 + 4 + 4 + 4;

    /// <param name="bytes">What <paramref name="reader"/> reads, from <paramref name="origin"/> on: the references stay there until they are used.</param>
    private static void ReadScans(BinaryReader reader, byte[] bytes, int origin, Dictionary<string, PageReferences> pages)
    {
        var texts = new string[reader.ReadInt32()];
        for (var i = 0; i < texts.Length; i++) texts[i] = reader.ReadString();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var key = texts[reader.ReadInt32()];
            var outputPath = texts[reader.ReadInt32()];
            var usesCookies = reader.ReadBoolean();
            var referenceCount = reader.ReadInt32();
            var start = origin + (int)reader.BaseStream.Position;
            if (referenceCount < 0 || start + (long)referenceCount * ReferenceBytes > bytes.Length) throw new EndOfStreamException();
            CheckReferences(bytes.AsSpan(start, referenceCount * ReferenceBytes), texts.Length);
            reader.BaseStream.Seek((long)referenceCount * ReferenceBytes, SeekOrigin.Current);
            var idCount = reader.ReadInt32();
            var ids = new HashSet<string>(idCount, StringComparer.Ordinal);
            for (var n = 0; n < idCount; n++) ids.Add(texts[reader.ReadInt32()]);
            pages[key] = new PageReferences(outputPath, new SavedReferences(bytes, start, referenceCount, texts), ids, usesCookies);
        }
    }

    /// <summary>
    /// Checks that every text a reference names is in the table, so that a damaged file is
    /// ignored as a whole when it is loaded, as before references were read only when used.
    /// </summary>
    private static void CheckReferences(ReadOnlySpan<byte> references, int texts)
    {
        for (var at = 0; at < references.Length; at += ReferenceBytes)
        {
            var reference = references.Slice(at, ReferenceBytes);
            if ((uint)BinaryPrimitives.ReadInt32LittleEndian(reference) >= (uint)texts
                || (uint)BinaryPrimitives.ReadInt32LittleEndian(reference[4..]) >= (uint)texts
                || reference[8] > 1
                || BinaryPrimitives.ReadInt32LittleEndian(reference[17..]) is var image && (image < -1 || image >= texts))
                throw new FormatException("a reference names a text that is not in the table");
        }
    }

    /// <summary>
    /// A page's references as the build cache holds them, read when first used: a build whose
    /// link targets are those the saved scans were verified against checks only the pages it
    /// rendered again, so most saved references are never read (at N=5000, 880,000 of them).
    /// </summary>
    private sealed class SavedReferences(byte[] bytes, int start, int count, string[] texts) : IReadOnlyList<Reference>
    {
        private Reference[]? _read;

        public int Count => count;

        public Reference this[int index] => Read()[index];

        public IEnumerator<Reference> GetEnumerator() => ((IEnumerable<Reference>)Read()).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        // Read by whichever thread asks first; another that asks at the same time reads the same.
        private Reference[] Read()
        {
            if (Volatile.Read(ref _read) is { } read) return read;
            using var reader = new BinaryReader(new MemoryStream(bytes, start, count * ReferenceBytes, writable: false), Encoding.UTF8);
            string? Text(int index) => index < 0 ? null : texts[index];
            var references = new Reference[count];
            for (var r = 0; r < references.Length; r++)
                references[r] = new Reference(texts[reader.ReadInt32()], texts[reader.ReadInt32()], reader.ReadBoolean(),
                    reader.ReadInt32(), reader.ReadInt32(), Text(reader.ReadInt32()));
            Volatile.Write(ref _read, references);
            return references;
        }
    }
}

/// <summary>The page scans of the build cache as <see cref="ReferenceFile.Load"/> found them.</summary>
/// <param name="Targets">The fingerprint of the targets they were verified against; null for none.</param>
/// <param name="Position">Which snapshot they were read from, and how much of its journal; null when there was none to read.</param>
public sealed record SavedScans(Dictionary<string, PageReferences> Pages, string? Targets, SavedPosition? Position);

public sealed record SavedPosition(string SnapshotId, long SnapshotLength, long JournalLength);
