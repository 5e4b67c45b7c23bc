namespace IqSite.Charts.Svg;

/// <summary>A piece of a label; numbers are kept apart so they can read left-to-right inside RTL text.</summary>
internal readonly record struct TextRun(string Text, bool IsNumber)
{
    public static TextRun Words(string text) => new(text, false);

    public static TextRun Number(string text) => new(text, true);
}
