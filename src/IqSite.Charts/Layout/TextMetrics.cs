namespace IqSite.Charts.Layout;

/// <summary>
/// Width estimates without a font engine: system-ui averages about 0.55 em per character, so
/// layouts reserve space from that and stay pure and deterministic.
/// </summary>
internal static class TextMetrics
{
    private const double EmPerChar = 0.55;

    public static double Width(string text, double fontSize) => text.Length * EmPerChar * fontSize;

    public static int CharsFitting(double width, double fontSize) => Math.Max(1, (int)(width / (EmPerChar * fontSize)));

    /// <summary>
    /// Breaks at spaces and after hyphens into at most maxLines lines of at most maxWidth;
    /// whatever still does not fit is cut with an ellipsis (the full text stays in a title tooltip).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, int maxLines)
    {
        var limit = CharsFitting(maxWidth, fontSize);
        if (text.Length <= limit) return [text];

        var lines = new List<string>();
        var rest = text;
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            if (rest.Length <= limit) { lines.Add(rest); rest = ""; break; }
            if (lines.Count == maxLines - 1) { lines.Add(Truncate(rest, limit)); rest = ""; break; }
            var cut = BreakPoint(rest, limit);
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        return lines;
    }

    private static int BreakPoint(string text, int limit)
    {
        for (var i = Math.Min(limit, text.Length - 1); i > 0; i--)
        {
            if (text[i] == ' ') return i;
            // After a hyphen or slash only before a letter: "Ärztin/Arzt" may break, "01/2019" not.
            if ((text[i - 1] == '-' || text[i - 1] == '/') && char.IsLetter(text[i])) return i;
        }
        return SafeCut(text, limit);
    }

    private static string Truncate(string text, int limit) =>
        text.Length <= limit ? text : text[..SafeCut(text, Math.Max(1, limit - 1))].TrimEnd() + "…";

    // Never split a surrogate pair.
    private static int SafeCut(string text, int index) =>
        index < text.Length && index > 0 && char.IsLowSurrogate(text[index]) ? index - 1 : Math.Max(1, Math.Min(index, text.Length));
}
