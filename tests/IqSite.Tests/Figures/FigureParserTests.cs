using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Figures;

/// <summary>Figure specs are checked against the JSON Schema; every error names file, JSON path and line.</summary>
public sealed class FigureParserTests
{
    private const string File = "input/figures/top-5.json";

    private static string Figure(string body) => SiteFiles.Join(SiteFiles.Base, $$"""
        -- {{File}} --
        {{body}}
        """);

    internal const string Valid = """
        {
          "id": "top-5",
          "topic": "counselling",
          "chart": "grouped-bar",
          "title": { "de": "Häufigste Staatsangehörigkeiten", "en": "Most frequent nationalities" },
          "description": { "de": "Syrien liegt vorn.", "en": "Syria leads." },
          "unit": "count",
          "categories": [ { "de": "Syrien", "en": "Syria" }, { "de": "Türkei", "en": "Turkey" } ],
          "series": [
            { "name": { "de": "2015–2018", "en": "2015–2018" }, "values": [100, 50] },
            { "name": { "de": "2019–2022", "en": "2019–2022" }, "values": [80, 60] }
          ],
          "source": { "de": "IQ Datenbank", "en": "IQ database" },
          "period": { "de": "2015–2022", "en": "2015–2022" }
        }
        """;

    /// <summary><see cref="Valid"/> with every text also in <paramref name="languages"/>, after de and en.</summary>
    internal static string ValidIn(params string[] languages) =>
        System.Text.RegularExpressions.Regex.Replace(Valid, "(\"en\": (\"[^\"]*\"))",
            "$1" + string.Concat(languages.Select(l => $", \"{l}\": $2")));

    [Fact]
    public void Valid_figure_parses_into_a_typed_spec()
    {
        using var site = TestSite.Create(Figure(Valid));

        var parsed = site.Parse();

        Assert.Empty(parsed.Errors);
        var figure = Assert.Single(parsed.Result!.Figures);
        Assert.Equal("grouped-bar", figure.Chart);
        Assert.Equal("Türkei", figure.Categories[1]["de"]);
        Assert.Equal([80.0, 60.0], figure.Series[1].Values.ToArray());
    }

    [Fact]
    public void Texts_list_their_languages_in_ordinal_order_whatever_the_file_says()
    {
        // The JSON download is written from the model, so this order is the download's order in every build.
        using var site = TestSite.Create(Figure(ValidIn("uk", "ar", "tr", "fa", "ru")));

        var parsed = site.Parse();

        Assert.Empty(parsed.Errors);
        var figure = Assert.Single(parsed.Result!.Figures);
        string[] ordinal = ["ar", "de", "en", "fa", "ru", "tr", "uk"];
        Assert.Equal(ordinal, figure.Title.Keys);
        Assert.All(figure.Categories, c => Assert.Equal(ordinal, c.Keys));
        Assert.All(figure.Series, s => Assert.Equal(ordinal, s.Name.Keys));
    }

    [Fact]
    public void String_for_a_number_missing_description_and_short_series_give_three_errors_with_path_and_line()
    {
        var broken = Valid
            .Replace("""  "description": { "de": "Syrien liegt vorn.", "en": "Syria leads." },""" + "\n", "")
            .Replace("\"values\": [100, 50]", "\"values\": [100, \"50\"]")
            .Replace("\"values\": [80, 60]", "\"values\": [80]");
        using var site = TestSite.Create(Figure(broken));

        var errors = site.Parse().Errors.ToList();

        Assert.Equal(
        [
            $"{File}:1:1: error: #/description: missing required property 'description'",
            $"{File}:9:76: error: #/series[0].values[1]: expected a number, e.g. 1234 or 27.5 (without quotes)",
            $"{File}:10:67: error: #/series[1].values: 1 values for 2 categories: give one value per category",
        ], errors);
    }

    [Fact]
    public void Series_with_fewer_values_than_categories_is_an_error_at_its_values()
    {
        using var site = TestSite.Create(Figure(Valid.Replace("\"values\": [80, 60]", "\"values\": [80]")));

        var error = Assert.Single(site.Parse().Errors);

        Assert.Equal($"{File}:11:67: error: #/series[1].values: 1 values for 2 categories: give one value per category", error);
    }

    [Fact]
    public void Invalid_json_names_the_line_and_column()
    {
        using var site = TestSite.Create(Figure(Valid.Replace("\"unit\": \"count\",", "\"unit\": \"count\",,")));

        var error = Assert.Single(site.Parse().Errors);

        Assert.StartsWith($"{File}:7:", error);
        Assert.Contains("invalid JSON", error);
    }

    [Fact]
    public void Missing_reference_date_and_period_is_one_error()
    {
        using var site = TestSite.Create(Figure(Valid.Replace(",\n  \"period\": { \"de\": \"2015–2022\", \"en\": \"2015–2022\" }", "")));

        var error = Assert.Single(site.Parse().Errors);

        Assert.EndsWith("give a 'reference_date' (Stichtag, YYYY-MM-DD) or a 'period'", error);
    }
}
