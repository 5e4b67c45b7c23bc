using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>Splits '---' delimited YAML front matter from the Markdown body, keeping line numbers.</summary>
internal static class FrontMatterSplitter
{
    /// <param name="yaml">The YAML text; its first line is line 2 of the file.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/>: the body is not copied out, it is most of the file.</param>
    /// <param name="bodyLine">The file line on which the body starts.</param>
    public static bool TrySplit(string text, string file, DiagnosticBag diagnostics, out string yaml, out int bodyStart, out int bodyLine)
    {
        yaml = "";
        bodyStart = text.Length;
        bodyLine = 1;
        var bom = text.StartsWith('\uFEFF') ? 1 : 0;
        if (bom == 1) text = text[1..];
        // Line by line without splitting the whole file: the body is most of it and is passed on as one piece.
        var firstEnd = text.IndexOf('\n');
        if (!IsDelimiter(text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd)))
        {
            diagnostics.Error(file, 1, 1, "expected front matter: the file must start with a line '---', then 'key: value' lines, then '---'");
            return false;
        }
        var (closeStart, closeEnd, closeLine) = (-1, -1, 0);
        for (int lineStart = firstEnd + 1, line = 2; firstEnd >= 0; line++)
        {
            var end = text.IndexOf('\n', lineStart);
            if (IsDelimiter(text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart)))
            {
                (closeStart, closeEnd, closeLine) = (lineStart, end, line);
                break;
            }
            if (end < 0) break;
            lineStart = end + 1;
        }
        if (closeStart < 0)
        {
            diagnostics.Error(file, 1, 1, "front matter is not closed: add a line '---' after the last 'key: value' line");
            return false;
        }
        yaml = closeStart > firstEnd + 1 ? text[(firstEnd + 1)..(closeStart - 1)] : "";
        bodyStart = closeEnd < 0 ? text.Length + bom : closeEnd + 1 + bom;
        bodyLine = closeLine + 1;
        return true;
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");
}
