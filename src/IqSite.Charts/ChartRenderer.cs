using System.Text;
using IqSite.Charts.Kinds;

namespace IqSite.Charts;

/// <summary>
/// Spec + culture → a self-contained, accessible SVG string. Pure and deterministic: no I/O, no
/// clock, no randomness, invariant coordinates, so the output can be cached and golden-tested.
/// </summary>
public static class ChartRenderer
{
    public static ChartSpecProblems Validate(ChartSpec spec) => ChartSpecValidator.Validate(spec);

    /// <summary>Renders with an id derived from kind and title.</summary>
    public static string Render(ChartSpec spec, ChartCulture culture) => Render(spec, culture, IdFor(spec));

    /// <param name="id">Prefix for the title, desc and pattern ids; pass one when a page shows two charts with the same title.</param>
    public static string Render(ChartSpec spec, ChartCulture culture, string id)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return spec.Kind switch
        {
            ChartKind.HorizontalBar => HorizontalBarChart.Render(spec, culture, id),
            ChartKind.GroupedBar => GroupedBarChart.Render(spec, culture, id),
            ChartKind.StackedBar => StackedBarChart.Render(spec, culture, id),
            ChartKind.Line => LineChart.Render(spec, culture, id),
            ChartKind.PartToWhole => PartToWholeChart.Render(spec, culture, id),
            ChartKind.KeyFigure => KeyFigureTile.Render(spec, culture, id),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind."),
        };
    }

    /// <summary>"chart-" + FNV-1a of kind and title: stable across runs and machines, unlike string.GetHashCode.</summary>
    public static string IdFor(ChartSpec spec)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(spec.Kind + "\n" + spec.Title))
            hash = (hash ^ b) * 16777619u;
        return "chart-" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
