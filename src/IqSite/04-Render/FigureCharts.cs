using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Charts;
using IqSite.Parse;
using IqSite.Parse.Figures;

namespace IqSite.Render;

/// <summary>Turns a figure spec into the chart renderer's input for one language.</summary>
public static partial class FigureCharts
{
    public static ChartCulture Culture(LanguageConfig language) => new(language.Culture, language.Direction == TextDirection.Rtl);

    /// <param name="id">Prefix of the SVG's element ids; unique on the page that shows the chart.</param>
    public static string Svg(FigureSpec figure, LanguageConfig language, string? id = null) =>
        ChartRenderer.Render(Spec(figure, language.Code), Culture(language), id ?? $"figure-{figure.Id}");

    /// <summary>The chart's height in viewBox units; every chart is 640 units wide and scales as a whole.</summary>
    public static double ViewBoxHeight(string svg)
    {
        var match = ViewBox().Match(svg);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 400;
    }

    [GeneratedRegex("viewBox=\"0 0 [0-9.]+ ([0-9.]+)\"")]
    private static partial Regex ViewBox();

    public static string Value(FigureSpec figure, double value, LanguageConfig language) =>
        ChartNumberFormat.Value(value, Unit(figure), Culture(language));

    public static ChartSpec Spec(FigureSpec figure, string language)
    {
        var categories = figure.Categories.Select(c => c[language]).ToList();
        var series = figure.Series.Select(s => new ChartSeries(s.Name[language], [.. s.Values])).ToList();
        var kind = figure.Chart switch
        {
            "horizontal-bar" => ChartKind.HorizontalBar,
            "grouped-bar" => ChartKind.GroupedBar,
            "stacked-bar" => ChartKind.StackedBar,
            "line" => ChartKind.Line,
            "part-to-whole" => ChartKind.PartToWhole,
            _ => ChartKind.KeyFigure,
        };
        // The renderer draws each series as one part of a whole; a spec with a single series lists
        // its parts as categories, so it is turned on its side.
        if (kind == ChartKind.PartToWhole && series.Count == 1)
        {
            var whole = series[0];
            series = [.. categories.Select((c, i) => new ChartSeries(c, [whole.Values[i]]))];
            categories = [whole.Name];
        }
        return new ChartSpec(kind, figure.Title[language], figure.Description[language], categories, series, Unit(figure),
            figure.UnitLabel?[language]);
    }

    private static ChartUnit Unit(FigureSpec figure) => figure.Unit == "percent" ? ChartUnit.Percent : ChartUnit.Count;
}
