using System.Text;

namespace IqSite.Discover;

public enum SourceKind { SiteConfig, Taxonomies, Content, ContentFile, Figure, Static, Layout, Partial, Translations, Asset }

/// <summary>
/// One file the build reads. <see cref="Path"/> is relative to its root (input or theme folder)
/// with '/' separators; <see cref="DisplayPath"/> is what diagnostics show.
/// Text is loaded for the files the build parses; static files and assets are copied by path.
/// </summary>
public sealed record SourceFile(
    SourceKind Kind,
    string Path,
    string FullPath,
    string DisplayPath,
    string? Text)
{
    private string? _text = Text;
    private byte[]? _utf8;
    // With the path it was made with: a copy under another path (with { Path = … }) makes its own.
    private TextHashOfPath? _textHash;

    /// <summary>
    /// The text, with line endings normalised (<see cref="SourceText"/>). A file read as UTF-8 that
    /// needs no change is kept as its bytes, and decoded each time its text is asked for, into a
    /// string its reader lets go: 10,000 texts kept as strings were twice their bytes in memory
    /// (150 MB at 2 x 5,000 sheets) for as long as the build ran, while Parse and Render each read
    /// a text once or twice. A rebuild takes most files' front matter from the build cache and
    /// renders few of them, so most texts are never decoded at all.
    /// </summary>
    public string? Text
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text) return text;
            if (Volatile.Read(ref _utf8) is not { } utf8)
            {
                if (!_unread) return null;
                utf8 = ReadNow();
                if (utf8 is null) return Volatile.Read(ref _text);
            }
            return Encoding.UTF8.GetString(utf8);
        }
        init
        {
            _text = value;
            _utf8 = null;
            _textHash = null;
            _unread = false;
        }
    }

    // Made by Unread: the file has not been read yet, and is read when its text is first asked for.
    private bool _unread;

    /// <summary>
    /// A text file that a single build found unchanged since the build before it, by size and time
    /// of last change (<see cref="BuildMemory.UnchangedFile"/>): only its <see cref="TextHash"/> is
    /// known, from the build cache. A rebuild takes most files' front matter from the cache under
    /// that hash and renders few of them, so most files are never read.
    /// </summary>
    internal static SourceFile Unread(SourceKind kind, string path, string fullPath, string displayPath, string textHash) =>
        new(kind, path, fullPath, displayPath, null) { _unread = true, _textHash = new TextHashOfPath(path, textHash) };

    /// <returns>The bytes read, kept when they are the text as it is; null when the normalised text was kept instead.</returns>
    private byte[]? ReadNow()
    {
        var read = SourceText.Load(new FileInfo(FullPath), DisplayPath, new Diagnostics.DiagnosticBag());
        var (utf8, text) = read ?? throw new IOException($"{DisplayPath} can no longer be read as text: it changed while the site was built; build again");
        if (text is not null)
        {
            Interlocked.CompareExchange(ref _text, text, null);
            return null;
        }
        // Two threads that both found the file unread keep the first one's bytes.
        return Interlocked.CompareExchange(ref _utf8, utf8, null) ?? utf8;
    }

    /// <summary>A file whose bytes are its text as it is: valid UTF-8 without a byte order mark, NUL or carriage return.</summary>
    internal static SourceFile OfUtf8(SourceKind kind, string path, string fullPath, string displayPath, byte[] utf8) =>
        new(kind, path, fullPath, displayPath, null) { _utf8 = utf8 };

    /// <summary>XxHash128 of the path and the text's UTF-8 bytes: what checks of the text are remembered by. Made once, from the bytes where they are kept.</summary>
    public string TextHash
    {
        get
        {
            if (Volatile.Read(ref _textHash) is { } known && ReferenceEquals(known.Path, Path)) return known.Hash;
            var hash = new System.IO.Hashing.XxHash128();
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Path.AsSpan()));
            hash.Append("\n"u8);
            hash.Append(Volatile.Read(ref _utf8) ?? Encoding.UTF8.GetBytes(Text ?? ""));
            var made = new TextHashOfPath(Path, Convert.ToHexStringLower(hash.GetCurrentHash()));
            Volatile.Write(ref _textHash, made);
            return made.Hash;
        }
    }

    private sealed record TextHashOfPath(string Path, string Hash);
}
