using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Layout;

/// <summary>The parts every chart shares: visible title, legend, horizontal value axis.</summary>
internal static class ChartFrame
{
    /// <summary>Draws the title (wrapped) and returns the y below it.</summary>
    public static double Title(SvgCanvas canvas, string title, double top = Padding)
    {
        // Bold glyphs run about a tenth wider than the 0.55 em estimate.
        var lines = TextMetrics.Wrap(title, canvas.Width - 2 * Padding, TitleSize * 1.1, 3);
        var y = top;
        foreach (var line in lines)
        {
            y += TitleSize * LineHeight;
            canvas.Text(Padding, y - 4, line, Anchor.Start, TitleSize, ChartPalette.Text, bold: true);
        }
        return y + 6;
    }

    /// <summary>Swatch plus name per series, in drawing order, wrapping to new rows; returns the y below.</summary>
    public static double Legend(SvgCanvas canvas, IReadOnlyList<LegendItem> items, double top)
    {
        const double swatch = 12;
        const double rowHeight = 20;
        var x = Padding;
        var y = top;
        foreach (var item in items)
        {
            var name = TextMetrics.Wrap(item.Name, Width / 2, LabelSize, 1)[0];
            var label = item.Value is null ? name : name + ": " + item.Value;
            var itemWidth = swatch + 6 + TextMetrics.Width(label, LabelSize) + 16;
            if (x > Padding && x + itemWidth > canvas.Width - Padding)
            {
                x = Padding;
                y += rowHeight;
            }
            if (item.Marker is { } shape)
            {
                canvas.Line(x, y + 8, x + swatch + 4, y + 8, item.Fill, 2);
                canvas.Raw(MarkerShapes.Svg(shape, canvas.X(x + swatch / 2 + 2), y + 8, item.Fill, 4));
            }
            else
            {
                canvas.Rect(x, y + 2, swatch, swatch, item.Fill);
            }
            TextRun[] runs = item.Value is null ? [TextRun.Words(name)] : [TextRun.Words(name + ": "), TextRun.Number(item.Value)];
            canvas.Text(x + swatch + 6 + (item.Marker is null ? 0 : 4), y + 12.5, runs, Anchor.Start, LabelSize, ChartPalette.Text);
            x += itemWidth + (item.Marker is null ? 0 : 4);
        }
        return y + rowHeight + 4;
    }

    /// <summary>Vertical grid lines at the ticks and their labels under the plot.</summary>
    public static double ValueAxis(SvgCanvas canvas, NiceScale scale, double plotLeft, double plotWidth, double top, double bottom,
        ChartUnit unit, ChartCulture culture)
    {
        foreach (var tick in scale.Ticks())
        {
            var x = plotLeft + scale.Fraction(tick) * plotWidth;
            canvas.Line(x, top, x, bottom, tick == 0 ? ChartPalette.Axis : ChartPalette.Grid);
            canvas.Number(x, bottom + 14, ChartNumberFormat.Tick(tick, scale.Step, unit, culture), Anchor.Middle, ValueSize, ChartPalette.MutedText);
        }
        return bottom + 22;
    }
}
