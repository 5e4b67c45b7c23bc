using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IqSite.Assemble;
using IqSite.Render;

namespace IqSite.Generate;

/// <summary>The downloads beside each figure page: the data as CSV and JSON, the chart as SVG.</summary>
public static class FigureFilesGenerator
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static IEnumerable<OutputFile> Generate(SiteModel site)
    {
        foreach (var page in site.AllPages.OfType<FigurePage>())
        {
            var language = site.Config.Language(page.Language);
            var folder = page.Url.TrimStart('/');
            yield return new OutputFile($"{folder}{page.Figure.Id}.csv", Csv(page, site.UiStrings.For(page.Language)["figure_category"], language.Culture), null);
            yield return new OutputFile($"{folder}{page.Figure.Id}.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(page.Figure, Json) + "\n"), null);
            yield return OutputFile.Text($"{folder}{page.Figure.Id}.svg", FigureCharts.Svg(page.Figure, language) + "\n");
        }
    }

    /// <summary>
    /// UTF-8 with a byte-order mark, so Excel reads umlauts correctly; the separator and decimal
    /// mark follow the language (German Excel expects ';' and ',').
    /// </summary>
    private static byte[] Csv(FigurePage page, string categoryHeader, CultureInfo culture)
    {
        var separator = culture.NumberFormat.NumberDecimalSeparator == "," ? ";" : ",";
        var figure = page.Figure;
        var text = new StringBuilder();
        text.Append(string.Join(separator, new[] { categoryHeader }.Concat(figure.Series.Select(s => s.Name[page.Language])).Select(Quote))).Append("\r\n");
        for (var i = 0; i < figure.Categories.Length; i++)
        {
            var cells = figure.Series.Select(s => s.Values[i].ToString("0.############", culture));
            text.Append(string.Join(separator, new[] { Quote(figure.Categories[i][page.Language]) }.Concat(cells))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";
}
