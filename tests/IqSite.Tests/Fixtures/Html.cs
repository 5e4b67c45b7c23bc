using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IqSite.Tests.Fixtures;

internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>hreflang → href of the page's &lt;link rel="alternate"&gt; elements, in document order.</summary>
    public static IReadOnlyList<(string Hreflang, string Href)> Alternates(IDocument page) =>
        [.. page.QuerySelectorAll("head link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!))];
}
