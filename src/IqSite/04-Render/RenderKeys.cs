using System.Buffers;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    private static readonly JsonSerializerOptions Json = new() { TypeInfoResolver = RenderKeyJson.Default, Converters = { new CardKey() } };

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

    private static string Hash<T>(T value) => HashSink.OfThisThread.Hash(writer => JsonSerializer.Serialize(writer, value, Json));

    /// <summary>
    /// Writes a sheet card as the hash of its JSON, made once per card object. List pages are
    /// mostly cards, and a sheet's card is on about eight of them (<see cref="MainViewBuilder"/>
    /// shares it): written out, the cards were 70 of the 120 MB of JSON that a build at N=5000
    /// made its render keys from.
    /// </summary>
    private sealed class CardKey : JsonConverter<CardView>
    {
        // Cards are immutable; an entry goes with its card when the build lets go of its views.
        private readonly ConditionalWeakTable<CardView, string> _hashes = new();

        public override CardView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, CardView card, JsonSerializerOptions options) =>
            writer.WriteStringValue(_hashes.GetValue(card,
                c => HashSink.NestedOfThisThread.Hash(inner => JsonSerializer.Serialize(inner, c, RenderKeyJson.Default.CardView))));
    }

    /// <summary>A buffer writer whose bytes are appended to a hash as soon as they are written.</summary>
    private sealed class HashSink : IBufferWriter<byte>
    {
        [ThreadStatic] private static HashSink? _ofThisThread;
        [ThreadStatic] private static HashSink? _nestedOfThisThread;

        public static HashSink OfThisThread => _ofThisThread ??= new HashSink();

        /// <summary>For a hash made while <see cref="OfThisThread"/> is in use (<see cref="CardKey"/>).</summary>
        public static HashSink NestedOfThisThread => _nestedOfThisThread ??= new HashSink();

        private byte[] _buffer = new byte[16 * 1024];

        private readonly XxHash128 _hash = new();

        private readonly Utf8JsonWriter _writer;

        // The JSON goes straight into the hash: a page's view is tens of kilobytes, and a byte
        // array for each of 14,000 pages made a good part of a rebuild's garbage.
        public string Hash(Action<Utf8JsonWriter> write)
        {
            _hash.Reset();
            _writer.Reset(this);
            write(_writer);
            _writer.Flush();
            return Convert.ToHexStringLower(_hash.GetCurrentHash());
        }

        // Non-ASCII letters written as they are: escaping every umlaut and Arabic letter made the
        // writer take its slow path through most texts, and a key needs no escaping to be unique.
        private HashSink() => _writer = new Utf8JsonWriter(this, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        public void Advance(int count) => _hash.Append(_buffer.AsSpan(0, count));

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
/// <param name="Inputs">What the page was made from (<see cref="PageInputs"/>); null where that is not known.</param>
public sealed record RenderRecord(string Key, string Fingerprint, string? Inputs);
