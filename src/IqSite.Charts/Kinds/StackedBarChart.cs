using System.Globalization;
using IqSite.Charts.Layout;
using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Kinds;

/// <summary>
/// Segments in series order per category, the total at the bar end. Segment values are written
/// inside when they fit; the legend lists the series in the same left-to-right order.
/// </summary>
internal static class StackedBarChart
{
    private const double BarHeight = 22;

    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        var canvas = new SvgCanvas(Width, culture.RightToLeft);
        var top = ChartFrame.Title(canvas, spec.Title);
        top = ChartFrame.Legend(canvas, spec.Series.Select((s, i) => new LegendItem(s.Name, ChartPalette.ForSeries(i))).ToList(), top) + 4;

        var labels = CategoryLabels.For(spec.Categories);
        var totals = spec.Categories.Select((_, i) => spec.Series.Sum(s => s.Values[i])).ToList();
        var totalTexts = totals.Select(t => ChartNumberFormat.Value(t, spec.Unit, culture)).ToList();
        var plotLeft = Padding + labels.ColumnWidth + 10;
        var plotWidth = Math.Max(Width * 0.25, Width - Padding - totalTexts.Max(t => TextMetrics.Width(t, ValueSize)) - 8 - plotLeft);
        var scale = NiceScale.For(0, totals.Max());

        var rowTops = new double[spec.Categories.Count];
        var y = top;
        for (var i = 0; i < rowTops.Length; i++)
        {
            rowTops[i] = y;
            y += Math.Max(BarHeight + 12, labels.BlockHeight(i) + 8);
        }
        ChartFrame.ValueAxis(canvas, scale, plotLeft, plotWidth, top, y, spec.Unit, culture);

        for (var i = 0; i < rowTops.Length; i++)
        {
            var center = rowTops[i] + Math.Max(BarHeight + 12, labels.BlockHeight(i) + 8) / 2;
            labels.Draw(canvas, i, plotLeft - 10, center);
            var x = plotLeft;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var value = spec.Series[s].Values[i];
                var width = scale.Fraction(value) * plotWidth;
                var fill = ChartPalette.ForSeries(s);
                var text = ChartNumberFormat.Value(value, spec.Unit, culture);
                canvas.Rect(x, center - BarHeight / 2, width, BarHeight, fill, $"{spec.Series[s].Name} – {spec.Categories[i]}: {text}",
                    $"class=\"segment\" data-series=\"{s}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\" stroke=\"#FFFFFF\" stroke-width=\"1\"");
                if (TextMetrics.Width(text, ValueSize) + 8 <= width)
                    canvas.Number(x + width / 2, center + ValueSize * 0.35, text, Anchor.Middle, ValueSize, ChartPalette.TextOn(fill));
                x += width;
            }
            canvas.Number(x + 5, center + ValueSize * 0.35, totalTexts[i], Anchor.Start, ValueSize, ChartPalette.Text, bold: true);
        }
        return canvas.Compose(id, y + 22 + Padding, spec.Title, spec.Description, null);
    }
}
