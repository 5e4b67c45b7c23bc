using System.Globalization;
using System.Text;
using IqSite.Charts.Layout;
using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Kinds;

/// <summary>
/// Time series with categories along x, a marker and value label on every point, and a y axis
/// of nice ticks from 0. In right-to-left documents the time axis is deliberately NOT mirrored:
/// years and month numbers read left-to-right there too, as do the numbers on the axis; only the
/// title, legend and label text take the RTL direction.
/// </summary>
internal static class LineChart
{
    private const double PlotHeight = 220;

    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        var canvas = new SvgCanvas(Width, culture.RightToLeft);
        var top = ChartFrame.Title(canvas, spec.Title);
        if (spec.Series.Count > 1)
        {
            var legend = spec.Series.Select((s, i) => new LegendItem(s.Name, ChartPalette.ForSeries(i), MarkerShapes.For(i))).ToList();
            top = ChartFrame.Legend(canvas, legend, top);
        }
        canvas.Mirror = false;

        var all = spec.Series.SelectMany(s => s.Values).ToList();
        var scale = NiceScale.For(all.Min(), all.Max());
        var ticks = scale.Ticks().Select(t => (Value: t, Text: ChartNumberFormat.Tick(t, scale.Step, spec.Unit, culture))).ToList();
        var plotLeft = Padding + ticks.Max(t => TextMetrics.Width(t.Text, ValueSize)) + 8;
        var plotRight = Width - Padding;
        var plotTop = top + 18; // room for value labels above the highest point
        var plotBottom = plotTop + PlotHeight;
        double Y(double v) => plotBottom - scale.Fraction(v) * PlotHeight;

        foreach (var (value, text) in ticks)
        {
            canvas.Line(plotLeft, Y(value), plotRight, Y(value), value == 0 ? ChartPalette.Axis : ChartPalette.Grid);
            canvas.Number(plotLeft - 6, Y(value) + ValueSize * 0.35, text, Anchor.End, ValueSize, ChartPalette.MutedText);
        }

        // Points sit in the middle of equal bands, so the outer category labels stay inside the chart.
        var band = (plotRight - plotLeft) / spec.Categories.Count;
        double X(int i) => plotLeft + (i + 0.5) * band;
        var labelBottom = plotBottom;
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var lines = TextMetrics.Wrap(spec.Categories[i], band - 4, ValueSize, 2);
            for (var l = 0; l < lines.Count; l++)
            {
                var baseline = plotBottom + 16 + l * ValueSize * LineHeight;
                canvas.Text(X(i), baseline, lines[l], Anchor.Middle, ValueSize, ChartPalette.MutedText);
                labelBottom = Math.Max(labelBottom, baseline);
            }
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var values = spec.Series[s].Values;
            var color = ChartPalette.ForSeries(s);
            var path = new StringBuilder();
            for (var i = 0; i < values.Count; i++)
                path.Append(i == 0 ? 'M' : 'L').Append(Coord.F(X(i))).Append(' ').Append(Coord.F(Y(values[i])));
            canvas.Raw($"<path d=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" stroke-linejoin=\"round\" class=\"series\" data-series=\"{s}\"/>");
            for (var i = 0; i < values.Count; i++)
            {
                var text = ChartNumberFormat.Value(values[i], spec.Unit, culture);
                canvas.Raw($"<g class=\"point\" data-value=\"{values[i].ToString("R", CultureInfo.InvariantCulture)}\"><title>{XmlEscape.Text($"{spec.Series[s].Name} – {spec.Categories[i]}: {text}")}</title>"
                    + MarkerShapes.Svg(MarkerShapes.For(s), X(i), Y(values[i]), color) + "</g>");
                canvas.Number(X(i), Y(values[i]) - 9, text, Anchor.Middle, ValueSize - 1, ChartPalette.Text);
            }
        }
        return canvas.Compose(id, labelBottom + 8 + Padding, spec.Title, spec.Description, null);
    }
}
