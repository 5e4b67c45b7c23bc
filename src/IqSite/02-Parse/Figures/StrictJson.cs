using System.Text;
using System.Text.Json;
using IqSite.Diagnostics;

namespace IqSite.Parse.Figures;

/// <summary>
/// Checks a figure file against JSON as System.Text.Json reads it, which is JSON as the standard
/// has it. Newtonsoft (which gives NJsonSchema its line numbers) also accepts comments, trailing
/// commas, NaN and single quotes; without this check such a file would pass validation and only
/// fail when it is finally read. (Repeated keys are left to Newtonsoft, which can say where they are.)
/// </summary>
internal static class StrictJson
{
    // What an editor can do about System.Text.Json's messages, which speak of reader options.
    private static readonly (string Says, string Hint)[] Hints =
    [
        ("trailing comma", "remove the comma after the last entry of the list or object"),
        ("'/' is an invalid start", "JSON allows no comments: remove them"),
        ("''' is", "JSON text goes in double quotes \" \", not single quotes"),
        ("'N' is an invalid start of a value", "write numbers with digits; NaN is not a number in JSON"),
        ("'I' is an invalid start of a value", "write numbers with digits; Infinity is not a number in JSON"),
        ("maximum configured depth", "the lists and objects are nested more than 64 levels deep: check the brackets [ ] { }"),
    ];

    public static bool IsValid(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var lineText = text.Split('\n')[line];
            var hint = Hints.FirstOrDefault(h => ex.Message.Contains(h.Says, StringComparison.Ordinal)).Hint;
            diagnostics.Error(file, line + 1, Column(lineText, ex.BytePositionInLine ?? 0),
                $"invalid JSON: {hint ?? FirstSentence(ex.Message)}");
            return false;
        }
    }

    // System.Text.Json counts UTF-8 bytes; an editor counts characters.
    private static int Column(string line, long bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');
}
