using System.Globalization;

namespace IqSite.Charts;

/// <summary>Every number a chart shows goes through here, so one culture rule holds everywhere.</summary>
public static class ChartNumberFormat
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Whole counts without decimals (181.175 / 181,175); fractions with one.</summary>
    public static string Count(double value, CultureInfo culture) =>
        Count(value, culture, value == Math.Floor(value) ? 0 : 1);

    public static string Count(double value, CultureInfo culture, int decimals) =>
        Normalize(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture.NumberFormat);

    /// <summary>
    /// A 0–100 value as a percentage. The culture's own percent pattern decides the place of the
    /// sign ("27,0 %" in German, "27.0%" in English); the space is made non-breaking so a label
    /// never wraps between number and sign.
    /// </summary>
    public static string Percent(double value, CultureInfo culture, int decimals)
    {
        var nf = culture.NumberFormat;
        var number = Count(value, culture, Math.Clamp(decimals, 0, 6));
        var sign = nf.PercentSymbol;
        return nf.PercentPositivePattern switch
        {
            0 => number + NoBreakSpace + sign,
            2 => sign + number,
            3 => sign + NoBreakSpace + number,
            _ => number + sign,
        };
    }

    public static string Value(double value, ChartUnit unit, ChartCulture culture) => unit == ChartUnit.Percent
        ? Percent(value, culture.Culture, culture.PercentDecimals)
        : Count(value, culture.Culture);

    /// <summary>Axis ticks show as many decimals as the step needs (0.25 → 2), no more.</summary>
    public static string Tick(double value, double step, ChartUnit unit, ChartCulture culture)
    {
        var decimals = DecimalsFor(step);
        return unit == ChartUnit.Percent
            ? Percent(value, culture.Culture, decimals)
            : Count(value, culture.Culture, decimals);
    }

    public static int DecimalsFor(double step)
    {
        for (var d = 0; d < 6; d++)
        {
            var scaled = step * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, scaled)) return d;
        }
        return 6;
    }

    // Avoids "-0" for values that round to zero.
    private static double Normalize(double value, int decimals)
    {
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }
}
