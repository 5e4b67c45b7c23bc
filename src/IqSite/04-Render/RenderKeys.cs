using System.Buffers;
using System.IO.Hashing;
using System.Text.Json;
using IqSite.Assemble;

namespace IqSite.Render;

/// <summary>
/// A page's render key: a hash of everything its HTML is made from. That is its view model with
/// the Markdown part stood in for by what that part is made from (the document's path and text,
/// and the links, figures and images it can show), the UI strings it shows, the theme's
/// templates and IqSite's own code. Templates only read their view model, so two builds that
/// give a page the same key give it the same bytes, and the later one keeps the earlier file
/// instead of rendering the page again. A key that misses something would keep a stale page:
/// the incremental tests compare every kind of change with a clean build byte for byte.
/// </summary>
public sealed class RenderKeys
{
    // Compiled writers only, no reflection: setting up reflection-based serialisation for the
    // few site-wide values below took about 0.15 s of every build. A type missing from
    // RenderKeyJson fails the build instead of falling back to reflection.
    private static readonly JsonSerializerOptions Json = new() { TypeInfoResolver = RenderKeyJson.Default };

    private readonly Dictionary<string, string> _strings;
    private readonly Dictionary<string, string> _bodies;
    private readonly string _templates;

    public RenderKeys(SiteModel site, ThemeTemplates templates)
    {
        _templates = templates.Fingerprint + CodeVersion.Id;
        _strings = site.Config.Languages.ToDictionary(l => l.Code,
            l => Hash(site.UiStrings.For(l.Code).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new[] { s.Key, s.Value }).ToArray()), StringComparer.Ordinal);
        var images = Hash(site.Images.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value).ToArray());
        // What a text's HTML can show of the rest of the site, in the language of the page it is on.
        _bodies = site.Languages.ToDictionary(l => l.Language.Code, l => Hash(new BodyKeySource(
            [l.Language.Code, l.Language.Name, l.Language.Dir, l.Language.Culture.Name],
            [.. l.GoodPractices.Select(p => new[] { p.Document!.Key, p.Url })],
            [.. l.MenuTargets.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new[] { t.Key, t.Value.Url })],
            [.. l.Pages.OfType<FigurePage>().Select(p => new FigureKeySource(p.Url, p.Title, p.Figure))],
            images)), StringComparer.Ordinal);
    }

    /// <summary>Stands in for a page's Markdown HTML in the view the key is made from.</summary>
    public string Body(Page page) =>
        $"\u0001{page.Document!.TextHash}\u0001{_bodies[page.Language]}\u0001{_bodies[page.TextLanguage]}\u0001";

    /// <param name="view">The page's view with <see cref="Body"/> in place of its Markdown HTML.</param>
    public string Of(Page page, string layout, PageView view) =>
        // T is the strings hashed above; the view's own object would only be serialised again for every page.
        Hash(new RenderKeySource(_templates, layout, _strings[page.Language], _strings[page.TextLanguage], view with { T = Empty }));

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static string Hash<T>(T value)
    {
        // The JSON goes straight into the hash: a page's view is tens of kilobytes, and a byte
        // array for each of 14,000 pages made a good part of a rebuild's garbage.
        var sink = HashSink.OfThisThread;
        sink.Hash.Reset();
        sink.Writer.Reset(sink);
        JsonSerializer.Serialize(sink.Writer, value, Json);
        return Convert.ToHexStringLower(sink.Hash.GetCurrentHash());
    }

    /// <summary>A buffer writer whose bytes are appended to a hash as soon as they are written.</summary>
    private sealed class HashSink : IBufferWriter<byte>
    {
        [ThreadStatic] private static HashSink? _ofThisThread;

        public static HashSink OfThisThread => _ofThisThread ??= new HashSink();

        private byte[] _buffer = new byte[16 * 1024];

        public XxHash128 Hash { get; } = new();

        public Utf8JsonWriter Writer { get; }

        private HashSink() => Writer = new Utf8JsonWriter(this, new JsonWriterOptions { SkipValidation = true });

        public void Advance(int count) => Hash.Append(_buffer.AsSpan(0, count));

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            if (sizeHint > _buffer.Length) _buffer = new byte[Math.Max(sizeHint, 2 * _buffer.Length)];
            return _buffer;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}

/// <param name="Key">The page's render key (<see cref="RenderKeys"/>).</param>
/// <param name="Fingerprint">The fingerprint of the bytes that key rendered to.</param>
public sealed record RenderRecord(string Key, string Fingerprint);
