namespace IqSite.Render;

/// <summary>The files every figure page offers, in the order the page lists them.</summary>
public static class FigureDownloads
{
    public sealed record Download(string Extension, string Format, string LabelKey);

    public static readonly IReadOnlyList<Download> All =
    [
        new("csv", "CSV", "download_csv"),
        new("json", "JSON", "download_json"),
        new("svg", "SVG", "download_svg"),
        new("png", "PNG", "download_png"),
    ];
}
