using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace IqSite.Verify;

/// <summary>
/// Reads every URL and id out of an HTML file with their positions, from AngleSharp's HTML
/// tokenizer. Only start tags matter here, so no document tree is built: at N=1000 building the
/// tree and querying it with selectors took a third of the whole build.
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
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipComments = true, SkipDataText = true, SkipRCDataText = true, SkipScriptText = true, SkipPlaintext = true, SkipCDATA = true,
        };
        HtmlTagToken? rawTextOf = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.Character && rawTextOf?.Name == "style")
                foreach (Match match in CssUrl().Matches(token.Data))
                    references.Add(Create(rawTextOf, "style", match.Groups[1].Value, true));
            if (token.Type == HtmlTokenType.EndTag) rawTextOf = null;
            if (token.Type != HtmlTokenType.StartTag) continue;

            var tag = token.AsTag();
            rawTextOf = SwitchTokenizerForContent(tokenizer, tag) ? tag : null;
            ScanAttributes(tag, references, ids);
        }
        return new PageReferences(outputPath, references, ids, html.Span.IndexOf("document.cookie"u8) >= 0);
    }

    /// <summary>
    /// The tree builder normally tells the tokenizer that script and style hold raw text, not
    /// markup; without a tree, this does, or "&lt;" in a script would start a phantom tag.
    /// </summary>
    /// <returns>Whether the element's content is text up to its end tag.</returns>
    private static bool SwitchTokenizerForContent(HtmlTokenizer tokenizer, HtmlTagToken tag)
    {
        HtmlParseMode? mode = tag.IsSelfClosing ? null : tag.Name switch
        {
            "script" => HtmlParseMode.Script,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
            "textarea" or "title" => HtmlParseMode.RCData,
            _ => null,
        };
        if (mode is { } text) tokenizer.State = text;
        return mode is not null;
    }

    private static void ScanAttributes(HtmlTagToken tag, List<Reference> references, HashSet<string> ids)
    {
        var element = tag.Name;
        foreach (var attribute in tag.Attributes)
        {
            switch (attribute.Name)
            {
                case "id":
                    ids.Add(Shared(attribute.Value));
                    break;
                case "name" when element == "a":
                    ids.Add(Shared(attribute.Value));
                    break;
                case "srcset" when element is "img" or "source":
                    foreach (var candidate in attribute.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        references.Add(Create(tag, element, candidate.Split(' ')[0], true));
                    break;
                case "style":
                    foreach (Match match in CssUrl().Matches(attribute.Value))
                        references.Add(Create(tag, element, match.Groups[1].Value, true));
                    break;
                default:
                    if (UrlAttribute(element, attribute.Name) is { } loads)
                        // <link rel="canonical|alternate"> names a page; it does not load anything.
                        references.Add(Create(tag, element, attribute.Value, loads && !(element == "link" && IsNavigationalLink(tag))));
                    break;
            }
        }
        if (element == "img" && !IsDecorative(tag) && string.IsNullOrWhiteSpace(tag.GetAttribute("alt")))
        {
            var src = tag.GetAttribute("src");
            references.Add(Create(tag, element, src, false) with { ImageWithoutAlt = src });
        }
    }

    /// <returns>Whether the browser loads the attribute's URL by itself; null for attributes that hold no URL.</returns>
    private static bool? UrlAttribute(string element, string attribute) => (element, attribute) switch
    {
        ("a" or "area", "href") => false,
        ("link", "href") => true,
        ("script" or "img" or "iframe" or "frame" or "video" or "audio" or "source" or "track" or "embed" or "input", "src") => true,
        ("video", "poster") => true,
        ("object", "data") => true,
        ("form", "action") => false,
        _ => null,
    };

    // HtmlTagToken.GetAttribute returns "" for an attribute that is not there.
    private static bool IsDecorative(HtmlTagToken image) =>
        image.GetAttribute("role") is "presentation" or "none" || image.GetAttribute("aria-hidden") == "true";

    private static bool IsNavigationalLink(HtmlTagToken link) =>
        link.GetAttribute("rel").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(rel => rel is "canonical" or "alternate" or "prev" or "next" or "author" or "license" or "help" or "search");

    private static Reference Create(HtmlToken token, string element, string url, bool loads) =>
        new(Shared(url.Trim()), Shared(element), loads, token.Position.Line, token.Position.Column);

    // One instance per distinct text: the same menu, term and asset URLs and ids are on thousands
    // of pages, and the references of every page are held until Verify (at N=5000 about 880,000).
    // Not string.Intern: its lock made scanning on two threads 50 % slower.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    private static string Shared(string text) => Texts.GetOrAdd(text, text);

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)|@import\s+['""]([^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
