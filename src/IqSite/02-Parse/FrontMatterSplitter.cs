using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>Splits '---' delimited YAML front matter from the Markdown body, keeping line numbers.</summary>
internal static class FrontMatterSplitter
{
    /// <param name="yaml">The YAML text; its first line is line 2 of the file.</param>
    /// <param name="bodyLine">The file line on which the body starts.</param>
    public static bool TrySplit(string text, string file, DiagnosticBag diagnostics, out string yaml, out string body, out int bodyLine)
    {
        yaml = body = "";
        bodyLine = 1;
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(file, 1, 1, "expected front matter: the file must start with a line '---', then 'key: value' lines, then '---'");
            return false;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            diagnostics.Error(file, 1, 1, "front matter is not closed: add a line '---' after the last 'key: value' line");
            return false;
        }
        yaml = string.Join('\n', lines[1..close]);
        body = string.Join('\n', lines[(close + 1)..]);
        bodyLine = close + 2;
        return true;
    }
}
