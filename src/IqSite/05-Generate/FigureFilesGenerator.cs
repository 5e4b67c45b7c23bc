using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IqSite.Assemble;
using IqSite.Diagnostics;
using IqSite.Render;

namespace IqSite.Generate;

/// <summary>The downloads beside each figure page: the data as CSV and JSON, the chart as SVG and PNG.</summary>
public static class FigureFilesGenerator
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<OutputFile> Generate(SiteModel site, PngRenderer png, BuildOptions options, DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        var pages = site.AllPages.OfType<FigurePage>().ToArray();
        // A figure shown in a fallback language offers its downloads in that language too.
        var svgs = pages.Select(p => FigureCharts.Svg(p.Figure, site.Config.Language(p.TextLanguage)) + "\n").ToArray();
        for (var i = 0; i < pages.Length; i++)
        {
            var page = pages[i];
            var language = site.Config.Language(page.TextLanguage);
            files.Add(new OutputFile(Path(page, "csv"), Csv(page, site.UiStrings.For(page.TextLanguage)["figure_category"], language.Culture), null));
            files.Add(new OutputFile(Path(page, "json"), Encoding.UTF8.GetBytes(JsonSerializer.Serialize(page.Figure, Json) + "\n"), null));
            files.Add(OutputFile.Text(Path(page, "svg"), svgs[i]));
        }
        if (pages.Length == 0) return files;

        var (pngs, error) = png.Render(svgs, options.InputDirectory);
        if (error is not null)
        {
            diagnostics.Error(Discover.SourceDiscovery.Display(options, System.IO.Path.Combine(System.IO.Path.GetFullPath(options.InputDirectory), "figures")), 1, 1, error);
            return files;
        }
        files.AddRange(pages.Select((page, i) => new OutputFile(Path(page, "png"), pngs[i], null)));
        return files;
    }

    private static string Path(FigurePage page, string extension) => page.DownloadUrl(extension).TrimStart('/');

    /// <summary>
    /// UTF-8 with a byte-order mark, so Excel reads umlauts correctly; the separator and decimal
    /// mark follow the language (German Excel expects ';' and ',').
    /// </summary>
    private static byte[] Csv(FigurePage page, string categoryHeader, CultureInfo culture)
    {
        var separator = culture.NumberFormat.NumberDecimalSeparator == "," ? ";" : ",";
        var figure = page.Figure;
        var text = new StringBuilder();
        text.Append(string.Join(separator, new[] { categoryHeader }.Concat(figure.Series.Select(s => s.Name[page.TextLanguage])).Select(Quote))).Append("\r\n");
        for (var i = 0; i < figure.Categories.Length; i++)
        {
            var cells = figure.Series.Select(s => s.Values[i].ToString("0.############", culture));
            text.Append(string.Join(separator, new[] { Quote(figure.Categories[i][page.TextLanguage]) }.Concat(cells))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";
}
