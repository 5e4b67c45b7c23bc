namespace IqSite.Charts;

internal static class ChartSpecValidator
{
    public static ChartSpecProblems Validate(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        if (spec.Title is null) problems.Add("Title is missing.");
        if (spec.Description is null) problems.Add("Description is missing.");
        if (spec.Categories is null || spec.Categories.Count == 0) problems.Add("The chart has no categories.");
        if (spec.Series is null || spec.Series.Count == 0) problems.Add("The chart has no series.");
        if (problems.Count > 0) return new ChartSpecProblems(problems);

        var categories = spec.Categories!;
        var allSeries = spec.Series!;
        if (categories.Any(c => c is null)) problems.Add("A category label is null.");
        for (var s = 0; s < allSeries.Count; s++)
        {
            var series = allSeries[s];
            if (series is null || series.Values is null || series.Name is null)
            {
                problems.Add($"Series {s} is incomplete (null name or values).");
                continue;
            }
            if (series.Values.Count != categories.Count)
                problems.Add($"Series '{series.Name}' has {series.Values.Count} values for {categories.Count} categories.");
            for (var i = 0; i < series.Values.Count; i++)
            {
                var v = series.Values[i];
                if (!double.IsFinite(v)) problems.Add($"Series '{series.Name}' value {i} is not a finite number.");
                // Only the line chart has an axis that can go below zero; bars and shares cannot.
                else if (v < 0 && spec.Kind != ChartKind.Line) problems.Add($"Series '{series.Name}' value {i} is negative, which {spec.Kind} cannot show.");
            }
        }

        if (spec.Kind == ChartKind.KeyFigure && allSeries.Sum(s => s?.Values?.Count ?? 0) != 1)
            problems.Add("A KeyFigure needs exactly one value.");
        if (spec.Kind == ChartKind.PartToWhole && allSeries.Count < 2)
            problems.Add("A PartToWhole chart needs at least two series (the parts).");
        if (!Enum.IsDefined(spec.Kind)) problems.Add($"Unknown chart kind {(int)spec.Kind}.");
        return new ChartSpecProblems(problems);
    }
}
