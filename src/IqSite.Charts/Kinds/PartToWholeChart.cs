using System.Globalization;
using IqSite.Charts.Layout;
using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Kinds;

/// <summary>
/// Each category is a whole drawn as a 100 % bar, each series a part. With a single whole the
/// legend also carries every share, so parts too narrow for an inside label are still stated.
/// </summary>
internal static class PartToWholeChart
{
    private const double BarHeight = 28;

    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        var canvas = new SvgCanvas(Width, culture.RightToLeft);
        var single = spec.Categories.Count == 1;
        var shares = spec.Categories.Select((_, i) => Shares(spec, i)).ToList();
        var top = ChartFrame.Title(canvas, spec.Title);
        var legend = spec.Series.Select((s, i) => new LegendItem(s.Name, ChartPalette.ForSeries(i), null,
            single ? ChartNumberFormat.Percent(shares[0][i], culture.Culture, culture.PercentDecimals) : null)).ToList();
        top = ChartFrame.Legend(canvas, legend, top) + 4;

        // One whole needs no row label: the title names it.
        var labels = single ? null : CategoryLabels.For(spec.Categories);
        var plotLeft = labels is null ? Padding : Padding + labels.ColumnWidth + 10;
        var plotWidth = Width - Padding - plotLeft;

        var y = top;
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var rowHeight = Math.Max(BarHeight + 12, (labels?.BlockHeight(i) ?? 0) + 8);
            var center = y + rowHeight / 2;
            labels?.Draw(canvas, i, plotLeft - 10, center);
            canvas.Rect(plotLeft, center - BarHeight / 2, plotWidth, BarHeight, "#F2F2F2");
            var x = plotLeft;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var share = shares[i][s];
                var width = share / 100 * plotWidth;
                var fill = ChartPalette.ForSeries(s);
                var text = ChartNumberFormat.Percent(share, culture.Culture, culture.PercentDecimals);
                canvas.Rect(x, center - BarHeight / 2, width, BarHeight, fill, $"{spec.Series[s].Name} – {spec.Categories[i]}: {text}",
                    $"class=\"segment\" data-series=\"{s}\" data-value=\"{spec.Series[s].Values[i].ToString("R", CultureInfo.InvariantCulture)}\" stroke=\"#FFFFFF\" stroke-width=\"1\"");
                if (TextMetrics.Width(text, ValueSize) + 8 <= width)
                    canvas.Number(x + width / 2, center + ValueSize * 0.35, text, Anchor.Middle, ValueSize, ChartPalette.TextOn(fill));
                x += width;
            }
            y += rowHeight;
        }
        return canvas.Compose(id, y + Padding, spec.Title, spec.Description, null);
    }

    /// <summary>Shares in percent of the category total; an all-zero whole has no parts to show.</summary>
    private static double[] Shares(ChartSpec spec, int category)
    {
        var total = spec.Series.Sum(s => s.Values[category]);
        return spec.Series.Select(s => total > 0 ? s.Values[category] / total * 100 : 0).ToArray();
    }
}
