using System.Text;

namespace IqSite.Charts.Svg;

/// <summary>
/// Collects SVG elements. Charts lay out in left-to-right coordinates; when Mirror is on, the
/// canvas flips x so bars grow from the right. In RTL every text element gets direction="rtl",
/// which makes SVG read text-anchor logically (start = right edge) — so anchors stay as laid out
/// when mirrored and are swapped when not (the line chart's unmirrored axis). Texts that are only
/// a number are direction="ltr" instead, with the anchor made physical.
/// </summary>
internal sealed class SvgCanvas(double width, bool rightToLeft)
{
    private readonly StringBuilder _body = new();

    public double Width { get; } = width;

    public bool RightToLeft { get; } = rightToLeft;

    public bool Mirror { get; set; } = rightToLeft;

    public double X(double logicalX) => Mirror ? Width - logicalX : logicalX;

    public void Rect(double x, double y, double w, double h, string fill, string? tooltip = null, string? attributes = null)
    {
        var px = Mirror ? Width - x - w : x;
        _body.Append("<rect x=\"").Append(Coord.F(px)).Append("\" y=\"").Append(Coord.F(y))
            .Append("\" width=\"").Append(Coord.F(Math.Max(0, w))).Append("\" height=\"").Append(Coord.F(Math.Max(0, h)))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (attributes is not null) _body.Append(' ').Append(attributes);
        if (tooltip is null) _body.Append("/>\n");
        else _body.Append("><title>").Append(XmlEscape.Text(tooltip)).Append("</title></rect>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? attributes = null)
    {
        _body.Append("<line x1=\"").Append(Coord.F(X(x1))).Append("\" y1=\"").Append(Coord.F(y1))
            .Append("\" x2=\"").Append(Coord.F(X(x2))).Append("\" y2=\"").Append(Coord.F(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Coord.F(strokeWidth)).Append('"');
        if (attributes is not null) _body.Append(' ').Append(attributes);
        _body.Append("/>\n");
    }

    public void Text(double x, double y, string text, Anchor anchor, double size, string fill, bool bold = false) =>
        Text(x, y, [TextRun.Words(text)], anchor, size, fill, bold);

    public void Number(double x, double y, string number, Anchor anchor, double size, string fill, bool bold = false) =>
        Text(x, y, [TextRun.Number(number)], anchor, size, fill, bold);

    public void Text(double x, double y, IReadOnlyList<TextRun> runs, Anchor anchor, double size, string fill, bool bold = false)
    {
        _body.Append("<text x=\"").Append(Coord.F(X(x))).Append("\" y=\"").Append(Coord.F(y))
            .Append("\" font-size=\"").Append(Coord.F(size)).Append("\" fill=\"").Append(fill).Append('"');
        // Text with no right-to-left letter (a number, "2015–2018") is an LTR text of its own:
        // otherwise bidi reorders "2015–2018" to read "2018–2015", and browsers anchor a text by
        // the direction its content resolves to, which an LTR span inside RTL makes unpredictable.
        var numberOnly = RightToLeft && runs.All(r => r.IsNumber || !Bidi.HasRightToLeftLetter(r.Text));
        var physical = numberOnly == Mirror && RightToLeft ? Swap(anchor) : anchor;
        if (physical != Anchor.Start) _body.Append(" text-anchor=\"").Append(physical == Anchor.End ? "end" : "middle").Append('"');
        if (bold) _body.Append(" font-weight=\"700\"");
        if (RightToLeft) _body.Append(numberOnly ? " direction=\"ltr\"" : " direction=\"rtl\"");
        _body.Append('>');
        foreach (var run in runs)
        {
            if (run.IsNumber && RightToLeft && !numberOnly)
                _body.Append("<tspan direction=\"ltr\" unicode-bidi=\"embed\">").Append(XmlEscape.Text(run.Text)).Append("</tspan>");
            else
                _body.Append(XmlEscape.Text(run.Text));
        }
        _body.Append("</text>\n");
    }

    /// <summary>Already-built markup whose coordinates the caller has made physical.</summary>
    public void Raw(string markup) => _body.Append(markup).Append('\n');

    public string Compose(string id, double height, string title, string description, string? defs)
    {
        var sb = new StringBuilder(_body.Length + 512);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Coord.F(Width)).Append(' ').Append(Coord.F(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\"")
            .Append(" font-family=\"system-ui, sans-serif\"");
        if (RightToLeft) sb.Append(" direction=\"rtl\"");
        sb.Append(">\n");
        sb.Append("<title id=\"").Append(id).Append("-title\">").Append(XmlEscape.Text(title)).Append("</title>\n");
        sb.Append("<desc id=\"").Append(id).Append("-desc\">").Append(XmlEscape.Text(description)).Append("</desc>\n");
        if (!string.IsNullOrEmpty(defs)) sb.Append("<defs>\n").Append(defs).Append("</defs>\n");
        // An opaque background keeps the text contrast on dark pages.
        sb.Append("<rect width=\"").Append(Coord.F(Width)).Append("\" height=\"").Append(Coord.F(height)).Append("\" fill=\"#FFFFFF\"/>\n");
        sb.Append(_body);
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static Anchor Swap(Anchor a) => a switch { Anchor.Start => Anchor.End, Anchor.End => Anchor.Start, _ => a };
}
