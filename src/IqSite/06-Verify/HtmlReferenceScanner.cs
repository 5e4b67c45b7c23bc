using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IqSite.Verify;

/// <summary>Reads every URL and id out of an HTML file with AngleSharp, with their positions.</summary>
internal static partial class HtmlReferenceScanner
{
    // Attributes whose URL the browser loads by itself, per element.
    private static readonly (string Selector, string Attribute, bool Loads)[] UrlAttributes =
    [
        ("a[href]", "href", false),
        ("area[href]", "href", false),
        ("link[href]", "href", true),
        ("script[src]", "src", true),
        ("img[src]", "src", true),
        ("iframe[src]", "src", true),
        ("frame[src]", "src", true),
        ("video[src]", "src", true),
        ("video[poster]", "poster", true),
        ("audio[src]", "src", true),
        ("source[src]", "src", true),
        ("track[src]", "src", true),
        ("embed[src]", "src", true),
        ("object[data]", "data", true),
        ("input[src]", "src", true),
        ("form[action]", "action", false),
    ];

    public static PageReferences Scan(string outputPath, string html, HtmlParser parser)
    {
        var document = parser.ParseDocument(html);
        var references = new List<Reference>();
        foreach (var (selector, attribute, loads) in UrlAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                // <link rel="canonical|alternate"> names a page; it does not load anything.
                var resource = loads && !(element.LocalName == "link" && IsNavigationalLink(element));
                references.Add(Create(element, element.GetAttribute(attribute)!, resource));
            }
        }
        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
            foreach (var candidate in element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                references.Add(Create(element, candidate.Split(' ')[0], true));
        foreach (var element in document.QuerySelectorAll("[style]"))
            foreach (Match match in CssUrl().Matches(element.GetAttribute("style")!))
                references.Add(Create(element, match.Groups[1].Value, true));
        foreach (var element in document.QuerySelectorAll("style"))
            foreach (Match match in CssUrl().Matches(element.TextContent))
                references.Add(Create(element, match.Groups[1].Value, true));
        foreach (var image in document.QuerySelectorAll("img"))
        {
            var alt = image.GetAttribute("alt");
            var decorative = image.GetAttribute("role") is "presentation" or "none" || image.GetAttribute("aria-hidden") == "true";
            if (!decorative && string.IsNullOrWhiteSpace(alt))
                references.Add(Create(image, image.GetAttribute("src") ?? "", false) with { ImageWithoutAlt = image.GetAttribute("src") ?? "" });
        }

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
        return new PageReferences(outputPath, references, ids);
    }

    private static bool IsNavigationalLink(IElement link) =>
        (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(rel => rel is "canonical" or "alternate" or "prev" or "next" or "author" or "license" or "help" or "search");

    private static Reference Create(IElement element, string url, bool loads) =>
        new(url.Trim(), element.LocalName, loads, element.SourceReference?.Position.Line ?? 1, element.SourceReference?.Position.Column ?? 1);

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)|@import\s+['""]([^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
