using static IqSite.Charts.Layout.ChartGeometry;

namespace IqSite.Charts.Layout;

/// <summary>
/// Category labels for the bar kinds: the column is as wide as the longest label needs, capped
/// at a share of the chart; longer labels wrap to two lines instead of running under the bars.
/// </summary>
internal sealed record CategoryLabels(double ColumnWidth, IReadOnlyList<IReadOnlyList<string>> Lines)
{
    public static CategoryLabels For(IReadOnlyList<string> categories)
    {
        var longest = categories.Count == 0 ? 0 : categories.Max(c => TextMetrics.Width(c, LabelSize));
        var column = Math.Min(longest, Width * MaxLabelShare);
        var lines = categories.Select(c => TextMetrics.Wrap(c, column, LabelSize, 2)).ToList();
        var used = lines.Count == 0 ? 0 : lines.SelectMany(l => l).Max(l => TextMetrics.Width(l, LabelSize));
        return new CategoryLabels(Math.Max(used, 8), lines);
    }

    public double BlockHeight(int index) => Lines[index].Count * LabelSize * LineHeight;

    /// <summary>Draws label lines right-aligned (logically) at x, centred vertically on centerY.</summary>
    public void Draw(Svg.SvgCanvas canvas, int index, double x, double centerY)
    {
        var lines = Lines[index];
        var lineStep = LabelSize * LineHeight;
        var firstBaseline = centerY - (lines.Count - 1) * lineStep / 2 + LabelSize * 0.35;
        for (var i = 0; i < lines.Count; i++)
            canvas.Text(x, firstBaseline + i * lineStep, lines[i], Svg.Anchor.End, LabelSize, ChartPalette.Text);
    }
}
