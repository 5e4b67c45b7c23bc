using IqSite.Charts.Layout;
using IqSite.Charts.Svg;
using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Kinds;

/// <summary>A tile with one big number: title, number, then the unit label (or the category when none).</summary>
internal static class KeyFigureTile
{
    private const double TileWidth = 320;
    private const double MaxNumberSize = 44;

    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        var canvas = new SvgCanvas(TileWidth, culture.RightToLeft);
        var y = ChartFrame.Title(canvas, spec.Title);
        var number = ChartNumberFormat.Value(spec.Series[0].Values[0], spec.Unit, culture);
        // Shrink a very long number rather than let it leave the tile.
        var size = Math.Min(MaxNumberSize, (TileWidth - 2 * Padding) / Math.Max(1, TextMetrics.Width(number, 1)));
        y += size * 0.9;
        canvas.Number(Padding, y, number, Anchor.Start, size, ChartPalette.ForSeries(0), bold: true);
        y += 8;
        var unit = spec.UnitLabel ?? spec.Categories[0];
        foreach (var line in TextMetrics.Wrap(unit, TileWidth - 2 * Padding, LabelSize + 2, 3))
        {
            y += (LabelSize + 2) * LineHeight;
            canvas.Text(Padding, y, line, Anchor.Start, LabelSize + 2, ChartPalette.MutedText);
        }
        return canvas.Compose(id, y + Padding, spec.Title, spec.Description, null);
    }
}
