using Ganss.Xss;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Raw HTML in Markdown is held to an allow-list (HtmlSanitizer's, which knows the tags,
/// attributes, CSS and URL schemes that cannot run code): no script, iframe or object, no event
/// handlers, no javascript: URLs, no url() in styles, data: URLs only for images. Anything the
/// sanitizer would remove is an error at its line, never a silent strip: an editor's paste from a
/// compromised source must not reach the site, and an honest mistake must be seen.
/// </summary>
public static class RawHtmlPolicy
{
    public static void Validate(IEnumerable<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
            foreach (var html in document.Facts.Html)
                Check(document, html.Html, html.Line, html.Column, diagnostics);
    }

    private static void Check(ParsedDocument document, string html, int line, int column, DiagnosticBag diagnostics)
    {
        var problems = new List<string>();
        var sanitizer = Sanitizer();
        sanitizer.RemovingTag += (_, e) => problems.Add($"the element <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => problems.Add($"the attribute {e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => problems.Add($"the style '{e.Style.Name}: {Shorten(e.Style.Value)}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => problems.Add("a CSS at-rule");
        // The sanitizer lets url() with http(s) through; in a style it would load from anywhere, unseen by Verify.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && element.GetAttribute("style") is { } style && style.Contains("url(", StringComparison.OrdinalIgnoreCase))
                problems.Add($"the style '{Shorten(style)}' on <{element.LocalName}>");
        };
        sanitizer.Sanitize(html);
        foreach (var problem in problems.Distinct())
            diagnostics.Error(document.Source.DisplayPath, document.FileLine(line), column + 1,
                $"{problem} is not allowed in Markdown: it could run code or load from other servers; use Markdown, or ask the theme's maintainers for a layout");
    }

    /// <summary>A fresh sanitizer per fragment: its events carry this fragment's problems only.</summary>
    private static HtmlSanitizer Sanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Comments are harmless and editors use them for notes.
        sanitizer.RemovingComment += (_, e) => e.Cancel = true;
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("lang");
        sanitizer.AllowedAttributes.Add("dir");
        sanitizer.AllowedTags.Add("bdi");
        // data: URLs only in images (inline pictures); nowhere else can they carry a document.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag?.LocalName == "img" && e.OriginalUrl.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)) e.SanitizedUrl = e.OriginalUrl;
        };
        return sanitizer;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
