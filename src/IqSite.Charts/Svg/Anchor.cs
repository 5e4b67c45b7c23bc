namespace IqSite.Charts.Svg;

/// <summary>Where a label sits relative to its x, in the logical (left-to-right) layout.</summary>
internal enum Anchor
{
    Start,
    Middle,
    End,
}
