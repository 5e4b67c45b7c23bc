using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace IqSite.Verify;

/// <summary>
/// Reads every URL and id out of an HTML file with their positions, from AngleSharp's HTML
/// tokenizer. Only start tags matter here, so no document tree is built: at N=1000 building the
/// tree and querying it with selectors took a third of the whole build. The tokenizer hands out
/// its reusable struct token and keeps only the attributes read below: a token object per tag
/// and a string per attribute made two thirds of what scanning allocated.
/// </summary>
public static partial class HtmlReferenceScanner
{
    public static PageReferences Scan(string outputPath, ReadOnlyMemory<byte> html)
    {
        // Sized for a typical page (about 60 URLs, 30 ids) so the collections rarely grow.
        var references = new List<Reference>(64);
        var ids = new HashSet<string>(32, StringComparer.Ordinal);
        using var source = new TextSource(new ReadOnlyByteTextSource(html, System.Text.Encoding.UTF8));
        // Text is not needed, except inside <style> (raw text) for url(): skipping it saves building a string per text run.
        // Disposed, so that its buffers go back to their pools: the character buffer it rents is
        // as long as the page, which for most pages puts it on the large-object heap.
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipComments = true, SkipDataText = true, SkipRCDataText = true, SkipScriptText = true, SkipPlaintext = true, SkipCDATA = true,
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => ReadAttributes.Contains(name.Span),
        };
        // Where the <style> whose text is being read starts; null outside one.
        TextPosition? style = null;
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type == HtmlTokenType.Character && style is { } at)
                foreach (Match match in CssUrl().Matches(token.Data.ToString()))
                    references.Add(Create(at, "style", match.Groups[1].Value, true));
            if (token.Type == HtmlTokenType.EndTag) style = null;
            if (token.Type != HtmlTokenType.StartTag) continue;

            var element = Shared(token.Name.Memory.Span);
            style = SwitchTokenizerForContent(tokenizer, element, token.IsSelfClosing) && element == "style" ? token.Position : null;
            ScanAttributes(ref token, element, references, ids);
        }
        return new PageReferences(outputPath, references, ids, html.Span.IndexOf("document.cookie"u8) >= 0);
    }

    /// <summary>
    /// The tree builder normally tells the tokenizer that script and style hold raw text, not
    /// markup; without a tree, this does, or "&lt;" in a script would start a phantom tag.
    /// </summary>
    /// <returns>Whether the element's content is text up to its end tag.</returns>
    private static bool SwitchTokenizerForContent(HtmlTokenizer tokenizer, string element, bool selfClosing)
    {
        HtmlParseMode? mode = selfClosing ? null : element switch
        {
            "script" => HtmlParseMode.Script,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
            "textarea" or "title" => HtmlParseMode.RCData,
            _ => null,
        };
        if (mode is { } text) tokenizer.State = text;
        return mode is not null;
    }

    private static void ScanAttributes(ref StructHtmlToken tag, string element, List<Reference> references, HashSet<string> ids)
    {
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            var name = attribute.Name.Memory.Span;
            var value = attribute.Value.Memory.Span;
            switch (name)
            {
                case "id":
                    ids.Add(Shared(value));
                    break;
                case "name" when element == "a":
                    ids.Add(Shared(value));
                    break;
                case "srcset" when element is "img" or "source":
                    foreach (var candidate in value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        references.Add(Create(tag.Position, element, candidate.Split(' ')[0], true));
                    break;
                case "style":
                    foreach (Match match in CssUrl().Matches(value.ToString()))
                        references.Add(Create(tag.Position, element, match.Groups[1].Value, true));
                    break;
                default:
                    if (UrlAttribute(element, name) is { } loads)
                        // <link rel="canonical|alternate"> names a page; it does not load anything.
                        references.Add(Create(tag.Position, element, value, loads && !(element == "link" && IsNavigationalLink(ref tag))));
                    break;
            }
        }
        if (element == "img" && !IsDecorative(ref tag) && Attribute(ref tag, "alt").IsWhiteSpace())
        {
            var src = Shared(Attribute(ref tag, "src").Trim());
            references.Add(Create(tag.Position, element, src, false) with { ImageWithoutAlt = src });
        }
    }

    /// <returns>Whether the browser loads the attribute's URL by itself; null for attributes that hold no URL.</returns>
    private static bool? UrlAttribute(string element, ReadOnlySpan<char> attribute) => attribute switch
    {
        "href" when element is "a" or "area" => false,
        "href" when element is "link" => true,
        "src" when element is "script" or "img" or "iframe" or "frame" or "video" or "audio" or "source" or "track" or "embed" or "input" => true,
        "poster" when element is "video" => true,
        "data" when element is "object" => true,
        "action" when element is "form" => false,
        _ => null,
    };

    /// <summary>The attributes <see cref="ScanAttributes"/> reads; the tokenizer drops all others.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributes =
        new HashSet<string>(["id", "name", "srcset", "style", "href", "src", "poster", "data", "action", "rel", "alt", "role", "aria-hidden"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // "" for an attribute that is not there, as for one without a value.
    private static ReadOnlySpan<char> Attribute(ref StructHtmlToken tag, string name)
    {
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
            if (attributes[i].Name.Memory.Span.SequenceEqual(name)) return attributes[i].Value.Memory.Span;
        return [];
    }

    private static bool IsDecorative(ref StructHtmlToken image) =>
        Attribute(ref image, "role") is "presentation" or "none" || Attribute(ref image, "aria-hidden") is "true";

    private static bool IsNavigationalLink(ref StructHtmlToken link)
    {
        foreach (var rel in Attribute(ref link, "rel").ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (rel is "canonical" or "alternate" or "prev" or "next" or "author" or "license" or "help" or "search") return true;
        return false;
    }

    private static Reference Create(TextPosition position, string element, ReadOnlySpan<char> url, bool loads) =>
        new(Shared(url.Trim()), element, loads, position.Line, position.Column);

    // One instance per distinct text: the same menu, term and asset URLs and ids are on thousands
    // of pages, and the references of every page are held until Verify (at N=5000 about 880,000).
    // Looked up by the tokenizer's characters, so a text already seen costs no new string.
    // Not string.Intern: its lock made scanning on two threads 50 % slower.
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TextsBySpan = Texts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Shared(ReadOnlySpan<char> text)
    {
        if (TextsBySpan.TryGetValue(text, out var shared)) return shared;
        var made = text.ToString();
        return Texts.GetOrAdd(made, made);
    }

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)|@import\s+['""]([^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
