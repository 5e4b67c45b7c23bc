using System.Globalization;
using IqSite.Charts.Layout;
using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Kinds;

/// <summary>
/// Several series side by side per category (e.g. 2015–2018 against 2019–2022). Series after
/// the first are hatched, so the legend can be matched without telling colours apart.
/// </summary>
internal static class GroupedBarChart
{
    private const double BarHeight = 14;
    private const double BarGap = 2;

    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        var canvas = new SvgCanvas(Width, culture.RightToLeft);
        var fills = spec.Series.Select((_, s) => SeriesFills.Fill(id, s)).ToList();
        var top = ChartFrame.Title(canvas, spec.Title);
        top = ChartFrame.Legend(canvas, spec.Series.Select((s, i) => new LegendItem(s.Name, fills[i])).ToList(), top) + 4;

        var labels = CategoryLabels.For(spec.Categories);
        var texts = spec.Series.Select(s => s.Values.Select(v => ChartNumberFormat.Value(v, spec.Unit, culture)).ToList()).ToList();
        var widest = texts.SelectMany(t => t).Max(t => TextMetrics.Width(t, ValueSize));
        var plotLeft = Padding + labels.ColumnWidth + 10;
        var plotWidth = Math.Max(Width * 0.25, Width - Padding - widest - 8 - plotLeft);
        var scale = NiceScale.For(0, spec.Series.Max(s => s.Values.Max()));
        var groupHeight = spec.Series.Count * BarHeight + (spec.Series.Count - 1) * BarGap;

        var rowTops = new double[spec.Categories.Count];
        var y = top;
        for (var i = 0; i < rowTops.Length; i++)
        {
            rowTops[i] = y;
            y += RowHeight(labels, i, groupHeight);
        }
        ChartFrame.ValueAxis(canvas, scale, plotLeft, plotWidth, top, y, spec.Unit, culture);

        for (var i = 0; i < rowTops.Length; i++)
        {
            var center = rowTops[i] + RowHeight(labels, i, groupHeight) / 2;
            labels.Draw(canvas, i, plotLeft - 10, center);
            var barTop = center - groupHeight / 2;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var value = spec.Series[s].Values[i];
                var width = scale.Fraction(value) * plotWidth;
                var by = barTop + s * (BarHeight + BarGap);
                canvas.Rect(plotLeft, by, width, BarHeight, fills[s], $"{spec.Series[s].Name} – {spec.Categories[i]}: {texts[s][i]}",
                    $"class=\"bar\" data-series=\"{s}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\"");
                canvas.Number(plotLeft + width + 5, by + BarHeight / 2 + ValueSize * 0.35, texts[s][i], Anchor.Start, ValueSize, ChartPalette.Text);
            }
        }
        return canvas.Compose(id, y + 22 + Padding, spec.Title, spec.Description, SeriesFills.Defs(id, spec.Series.Count));
    }

    private static double RowHeight(CategoryLabels labels, int index, double groupHeight) =>
        Math.Max(groupHeight + 14, labels.BlockHeight(index) + 8);
}
