using System.Globalization;
using System.Text;
using IqSite.Parse.Images;

namespace IqSite.Render;

/// <summary>
/// The markup of a content image: a &lt;picture&gt; offering AVIF, then WebP, then JPEG at every
/// width, so each browser loads the smallest file it can show sharply. Width and height are
/// always set so the page does not jump while images load.
/// </summary>
internal static class Pictures
{
    /// <param name="sizes">How wide the image is shown, for the browser's choice from srcset (CSS media conditions).</param>
    /// <param name="eager">Above the fold (a page's main image): load at once; everything else loads when scrolled near.</param>
    public static string Html(ContentImage image, string alt, string sizes, bool eager, string cssClass)
    {
        var html = new StringBuilder();
        var loading = eager ? "fetchpriority=\"high\"" : "loading=\"lazy\"";
        var size = $"width=\"{image.Width.ToString(CultureInfo.InvariantCulture)}\" height=\"{image.Height.ToString(CultureInfo.InvariantCulture)}\"";
        if (image.IsVector)
            return $"<img class=\"{cssClass}\" src=\"{Encode(image.FallbackUrl)}\" alt=\"{Encode(alt)}\" {size} {loading} decoding=\"async\">";
        html.Append("<picture class=\"").Append(cssClass).Append("\">");
        foreach (var (format, mime) in ContentImage.Formats.Where(f => f.Format != "jpeg"))
            html.Append("<source type=\"").Append(mime).Append("\" srcset=\"").Append(Encode(image.SrcSet(format)))
                .Append("\" sizes=\"").Append(Encode(sizes)).Append("\">");
        html.Append("<img src=\"").Append(Encode(image.FallbackUrl)).Append("\" srcset=\"").Append(Encode(image.SrcSet("jpeg")))
            .Append("\" sizes=\"").Append(Encode(sizes)).Append("\" alt=\"").Append(Encode(alt)).Append("\" ")
            .Append(size).Append(' ').Append(loading).Append(" decoding=\"async\"></picture>");
        return html.ToString();
    }

    /// <summary>Escapes only what HTML attributes need; letters such as ö stay readable in the source.</summary>
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
