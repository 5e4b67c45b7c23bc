namespace IqSite.Charts;

/// <summary>
/// What to draw. All text is already localized; the renderer never translates.
/// Immutable input: the same spec and culture always render to the same bytes.
/// </summary>
/// <remarks>
/// PartToWhole: each series is one part, each category one whole drawn as a 100 % bar.
/// KeyFigure: exactly one series with one value; UnitLabel is shown under the number.
/// </remarks>
public sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    string Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    ChartUnit Unit,
    string? UnitLabel);
