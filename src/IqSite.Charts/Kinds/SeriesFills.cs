using System.Globalization;
using System.Text;

namespace IqSite.Charts.Kinds;

/// <summary>
/// Series 0 is solid; every later series is its colour with white hatching at its own angle.
/// Pattern ids carry the chart id so several charts can share one page.
/// </summary>
internal static class SeriesFills
{
    private static readonly int[] Angles = [45, -45, 0, 90];

    public static string Fill(string chartId, int series) =>
        series == 0 ? ChartPalette.ForSeries(0) : $"url(#{chartId}-p{series})";

    public static string? Defs(string chartId, int seriesCount)
    {
        if (seriesCount < 2) return null;
        var sb = new StringBuilder();
        for (var s = 1; s < seriesCount; s++)
        {
            var angle = Angles[(s - 1) % Angles.Length];
            sb.Append("<pattern id=\"").Append(chartId).Append("-p").Append(s)
                .Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(")
                .Append(angle.ToString(CultureInfo.InvariantCulture)).Append(")\"><rect width=\"6\" height=\"6\" fill=\"").Append(ChartPalette.ForSeries(s))
                .Append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/></pattern>\n");
        }
        return sb.ToString();
    }
}
