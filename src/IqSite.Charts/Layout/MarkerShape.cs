namespace IqSite.Charts.Layout;

/// <summary>A shape per line series, so lines are told apart without colour.</summary>
internal enum MarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
}
