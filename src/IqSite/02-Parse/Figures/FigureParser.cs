using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using IqSite.Discover;
using IqSite.Diagnostics;

namespace IqSite.Parse.Figures;

/// <summary>
/// Validates a figure file against the JSON Schema (every problem with its JSON path and line),
/// then checks what a schema cannot say: one value per category, the id matching the file name,
/// a key figure holding exactly one number, every text in the figure's languages (those of its
/// title, always including the site's default language; other languages show it in a fallback).
/// </summary>
public static class FigureParser
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(FigureParser).Assembly.GetManifestResourceStream("IqSite.figure.schema.json")!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    });

    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        Converters = { new LocalizedTextConverter() },
    };

    /// <param name="languages">The configured languages; the first is the default language, which every figure needs.</param>
    public static FigureSpec? Parse(SourceFile file, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        // Decoded once here (SourceFile.Text decodes on every call).
        var text = file.Text!;
        if (!StrictJson.IsValid(text, file.DisplayPath, diagnostics)) return null;
        // Dates stay text, as System.Text.Json reads them, so CheckShape sees what was written.
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        JToken token;
        try
        {
            token = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });
        }
        // After the strict check, a repeated key is all Newtonsoft still rejects.
        catch (JsonReaderException ex)
        {
            diagnostics.Error(file.DisplayPath, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), $"invalid JSON: {FirstSentence(ex.Message)}: keep one");
            return null;
        }

        // Validating the text (not the token) is what gives NJsonSchema's errors their line numbers.
        foreach (var error in Flatten(Schema.Value.Validate(text)))
            diagnostics.Error(file.DisplayPath, Math.Max(1, error.LineNumber), Math.Max(1, error.LinePosition), $"{Path(error.Path)}: {Describe(error)}");
        // Run even after schema errors, so an editor sees every mistake of the file at once.
        CheckShape(file, token, languages, diagnostics);
        if (diagnostics.ErrorCount != errorsBefore) return null;
        return System.Text.Json.JsonSerializer.Deserialize<FigureSpec>(text, Json);
    }

    private static void CheckShape(SourceFile file, JToken root, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        void Error(JToken at, string message)
        {
            var info = (IJsonLineInfo)at;
            diagnostics.Error(file.DisplayPath, Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition), $"{Path("#/" + at.Path)}: {message}");
        }

        // The schema reports a root that is not an object; there is nothing more to check.
        if (root is not JObject) return;
        var expectedId = System.IO.Path.GetFileNameWithoutExtension(file.Path);
        if (root["id"] is JValue { Type: JTokenType.String } id && (string?)id != expectedId)
            Error(id, $"the id must equal the file name '{expectedId}'");

        if (root["reference_date"] is JValue { Type: JTokenType.String } date
            && !DateOnly.TryParseExact((string?)date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            Error(date, $"'{date}' is not a day that exists: write the date YYYY-MM-DD, e.g. 2022-12-31");
        foreach (var number in root.SelectTokens("$..*").OfType<JValue>().Where(v => v.Value is double d && !double.IsFinite(d)))
            Error(number, "the number is too large");

        if (root["categories"] is not JArray categories || root["series"] is not JArray allSeries) return;
        foreach (var values in allSeries.OfType<JObject>().Select(s => s["values"]).OfType<JArray>())
            if (values.Count != categories.Count)
                Error(values, $"{values.Count} values for {categories.Count} categories: give one value per category");
        if (root["chart"] is JValue { Value: "key-figure" } chart && (categories.Count != 1 || allSeries.Count != 1))
            Error(chart, "a key figure has exactly one category and one series");

        // The title's languages are the figure's: every other text needs the same ones.
        var own = root["title"] is JObject title && IsLocalizedText(title) ? title.Properties().Select(p => p.Name).ToArray() : [languages[0]];
        if (!own.Contains(languages[0]) && root["title"] is { } titleToken)
            Error(titleToken, $"missing the '{languages[0]}' text (the site's default language is needed by every figure)");
        foreach (var text in root.SelectTokens("$..*").OfType<JObject>().Where(IsLocalizedText))
        {
            foreach (var language in own.Where(l => text[l] is null))
                Error(text, $"missing the '{language}' text (the title has one)");
            foreach (var extra in text.Properties().Select(p => p.Name).Where(n => !own.Contains(n)))
                Error(text, languages.Contains(extra)
                    ? $"a '{extra}' text, but the title has none: give the title one too, or remove it"
                    : $"'{extra}' is not a language configured in site.yml");
        }
    }

    // A localized text is an object whose keys are all language codes (title, description, categories …).
    private static bool IsLocalizedText(JObject value) =>
        value.Properties().Any() && value.Properties().All(p => p.Value.Type == JTokenType.String && p.Name.Length is 2 or 3 or 5 && p.Name != "id");

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            // anyOf(reference_date, period) fails as one error on the root: report it, not its branches.
            if (error is ChildSchemaValidationError child && error.Kind != ValidationErrorKind.NotAnyOf)
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                    yield return nested;
            else
                yield return error;
        }
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"missing required property '{error.Property}'",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown property '{error.Property}'",
        ValidationErrorKind.NumberExpected => "expected a number, e.g. 1234 or 27.5 (without quotes)",
        ValidationErrorKind.StringExpected => "expected text in double quotes",
        ValidationErrorKind.ArrayExpected => "expected a list [ … ]",
        ValidationErrorKind.ObjectExpected => "expected an object { … }",
        ValidationErrorKind.NotInEnumeration => "not one of the allowed values (see schemas/figure.schema.json)",
        ValidationErrorKind.PatternMismatch => "does not have the required form (see schemas/figure.schema.json)",
        ValidationErrorKind.NumberTooSmall => "must not be negative",
        ValidationErrorKind.TooFewItems => "must not be empty",
        ValidationErrorKind.StringTooShort => "must not be empty",
        ValidationErrorKind.NotAnyOf => "give a 'reference_date' (Stichtag, YYYY-MM-DD) or a 'period'",
        _ => error.Kind.ToString(),
    };

    private static string Path(string? path) => string.IsNullOrEmpty(path) ? "#" : path;

    private static string FirstSentence(string message) => message.Split(". Path", 2)[0].TrimEnd('.');
}
