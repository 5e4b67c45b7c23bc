using System.Globalization;
using IqSite.Charts.Layout;
using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Kinds;

/// <summary>One series, one bar per category, zero-based axis, value at each bar end.</summary>
internal static class HorizontalBarChart
{
    private const double BarHeight = 18;

    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        var canvas = new SvgCanvas(Width, culture.RightToLeft);
        var top = ChartFrame.Title(canvas, spec.Title) + 4;
        var series = spec.Series[0];
        var labels = CategoryLabels.For(spec.Categories);
        var texts = series.Values.Select(v => ChartNumberFormat.Value(v, spec.Unit, culture)).ToList();
        var plotLeft = Padding + labels.ColumnWidth + 10;
        var plotWidth = Math.Max(Width * 0.25, Width - Padding - (texts.Max(t => TextMetrics.Width(t, ValueSize)) + 8) - plotLeft);
        var scale = NiceScale.For(0, series.Values.Max());

        var rowTops = new double[spec.Categories.Count];
        var y = top;
        for (var i = 0; i < rowTops.Length; i++)
        {
            rowTops[i] = y;
            y += RowHeight(labels, i);
        }
        ChartFrame.ValueAxis(canvas, scale, plotLeft, plotWidth, top, y, spec.Unit, culture);

        var fill = ChartPalette.ForSeries(0);
        for (var i = 0; i < rowTops.Length; i++)
        {
            var center = rowTops[i] + RowHeight(labels, i) / 2;
            var value = series.Values[i];
            var width = scale.Fraction(value) * plotWidth;
            labels.Draw(canvas, i, plotLeft - 10, center);
            canvas.Rect(plotLeft, center - BarHeight / 2, width, BarHeight, fill, $"{spec.Categories[i]}: {texts[i]}",
                $"class=\"bar\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\"");
            canvas.Number(plotLeft + width + 5, center + ValueSize * 0.35, texts[i], Anchor.Start, ValueSize, ChartPalette.Text);
        }
        return canvas.Compose(id, y + 22 + Padding, spec.Title, spec.Description, null);
    }

    private static double RowHeight(CategoryLabels labels, int index) => Math.Max(BarHeight + 12, labels.BlockHeight(index) + 8);
}
