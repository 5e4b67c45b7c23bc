namespace IqSite.Charts;

/// <summary>One value per category, in category order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
