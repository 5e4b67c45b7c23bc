namespace IqSite.Charts.Layout;

/// <summary>
/// An axis from Min to Max in steps of 1, 2, 2.5 or 5 × 10^n. Bar scales always start at 0 so
/// bar lengths compare honestly; only a line chart with negative data goes below.
/// </summary>
internal sealed record NiceScale(double Min, double Max, double Step)
{
    public static NiceScale For(double dataMin, double dataMax, int targetTicks = 5)
    {
        var min = Math.Min(0, dataMin);
        var max = Math.Max(0, dataMax);
        if (max - min <= 0 || !double.IsFinite(max - min)) return new NiceScale(0, 1, 0.25);

        var step = NiceStep((max - min) / targetTicks);
        var top = Math.Ceiling(max / step) * step;
        if (top < max) top += step;
        var bottom = Math.Floor(min / step) * step;
        if (bottom > min) bottom -= step;
        return new NiceScale(bottom == 0 ? 0 : bottom, top, step);
    }

    public double Span => Max - Min;

    /// <summary>Fraction (0..1) of the axis at which value lies.</summary>
    public double Fraction(double value) => Span <= 0 ? 0 : (value - Min) / Span;

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Span / Step);
        for (var i = 0; i <= count && i <= 50; i++)
        {
            var tick = Min + i * Step;
            yield return Math.Abs(tick) < Step * 1e-9 ? 0 : tick;
        }
    }

    private static double NiceStep(double raw)
    {
        var exponent = Math.Floor(Math.Log10(raw));
        var magnitude = Math.Pow(10, exponent);
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
