using System.Collections.Immutable;

namespace IqSite.Parse.Figures;

/// <summary>
/// input/figures/&lt;id&gt;.json after validation against schemas/figure.schema.json: one
/// statistic with its texts per language. Property names follow the JSON keys (snake_case).
/// </summary>
public sealed record FigureSpec
{
    public required string Id { get; init; }

    /// <summary>Groups figures on the index page.</summary>
    public required string Topic { get; init; }

    /// <summary>horizontal-bar, grouped-bar, stacked-bar, line, part-to-whole or key-figure.</summary>
    public required string Chart { get; init; }

    public required ImmutableSortedDictionary<string, string> Title { get; init; }

    /// <summary>The chart's text alternative.</summary>
    public required ImmutableSortedDictionary<string, string> Description { get; init; }

    /// <summary>count or percent.</summary>
    public required string Unit { get; init; }

    public ImmutableSortedDictionary<string, string>? UnitLabel { get; init; }

    public required ImmutableArray<ImmutableSortedDictionary<string, string>> Categories { get; init; }

    public required ImmutableArray<FigureSeries> Series { get; init; }

    /// <summary>The source exactly as printed.</summary>
    public required ImmutableSortedDictionary<string, string> Source { get; init; }

    /// <summary>Stichtag.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The period the numbers cover, as printed.</summary>
    public ImmutableSortedDictionary<string, string>? Period { get; init; }

    public ImmutableArray<ImmutableSortedDictionary<string, string>> Notes { get; init; } = [];

    public ImmutableSortedDictionary<string, string>? RoundingNote { get; init; }
}

public sealed record FigureSeries(ImmutableSortedDictionary<string, string> Name, ImmutableArray<double> Values);
