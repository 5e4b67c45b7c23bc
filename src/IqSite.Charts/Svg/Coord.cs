using System.Globalization;

namespace IqSite.Charts.Svg;

internal static class Coord
{
    /// <summary>Invariant, at most two decimals, never "-0": output must be byte-identical everywhere.</summary>
    public static string F(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0 || !double.IsFinite(rounded)) rounded = 0;
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
