using System.Globalization;

namespace IqSite.Charts;

/// <summary>
/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Colour is never
/// the only cue: every series also has a legend entry in drawing order, direct value labels, and
/// (grouped bars) a hatch pattern or (lines) a marker shape of its own.
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Series =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

    /// <summary>Main text: 18.9:1 on white, and still 4.5:1 on the darkest-reading fill (#D55E00).</summary>
    public const string Text = "#111111";

    /// <summary>Axis labels: 8.4:1 on white.</summary>
    public const string MutedText = "#4D4D4D";

    public const string Grid = "#D9D9D9";
    public const string Axis = "#767676";

    public static string ForSeries(int index) => Series[index % Series.Count];

    /// <summary>Whichever of white or the text colour reads better on the given fill.</summary>
    public static string TextOn(string fill) =>
        ContrastRatio(fill, "#FFFFFF") >= ContrastRatio(fill, Text) ? "#FFFFFF" : Text;

    public static double ContrastRatio(string a, string b)
    {
        var la = Luminance(a);
        var lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
