using IqSite.Charts.Svg;

namespace IqSite.Charts.Layout;

internal static class MarkerShapes
{
    public static MarkerShape For(int seriesIndex) => (MarkerShape)(seriesIndex % 4);

    /// <summary>Markup at physical coordinates (cx, cy).</summary>
    public static string Svg(MarkerShape shape, double cx, double cy, string fill, double r = 4.5)
    {
        var stroke = " stroke=\"#FFFFFF\" stroke-width=\"1.5\"";
        return shape switch
        {
            MarkerShape.Square => $"<rect x=\"{Coord.F(cx - r)}\" y=\"{Coord.F(cy - r)}\" width=\"{Coord.F(2 * r)}\" height=\"{Coord.F(2 * r)}\" fill=\"{fill}\"{stroke}/>",
            MarkerShape.Triangle => $"<path d=\"M{Coord.F(cx)} {Coord.F(cy - r * 1.2)}L{Coord.F(cx + r * 1.15)} {Coord.F(cy + r * 0.9)}L{Coord.F(cx - r * 1.15)} {Coord.F(cy + r * 0.9)}Z\" fill=\"{fill}\"{stroke}/>",
            MarkerShape.Diamond => $"<path d=\"M{Coord.F(cx)} {Coord.F(cy - r * 1.3)}L{Coord.F(cx + r * 1.3)} {Coord.F(cy)}L{Coord.F(cx)} {Coord.F(cy + r * 1.3)}L{Coord.F(cx - r * 1.3)} {Coord.F(cy)}Z\" fill=\"{fill}\"{stroke}/>",
            _ => $"<circle cx=\"{Coord.F(cx)}\" cy=\"{Coord.F(cy)}\" r=\"{Coord.F(r)}\" fill=\"{fill}\"{stroke}/>",
        };
    }
}
