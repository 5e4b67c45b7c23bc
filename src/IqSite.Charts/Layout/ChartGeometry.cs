namespace IqSite.Charts.Layout;

/// <summary>Sizes shared by all kinds, in viewBox units; the SVG scales as a whole.</summary>
internal static class ChartGeometry
{
    public const double Width = 640;
    public const double Padding = 16;
    public const double TitleSize = 16;
    public const double LabelSize = 13;
    public const double ValueSize = 12;
    public const double LineHeight = 1.3;

    /// <summary>Category labels may take at most this share of the width before they wrap.</summary>
    public const double MaxLabelShare = 0.36;
}
