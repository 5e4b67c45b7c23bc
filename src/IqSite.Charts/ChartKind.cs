namespace IqSite.Charts;

public enum ChartKind
{
    HorizontalBar,
    GroupedBar,
    StackedBar,
    Line,
    PartToWhole,
    KeyFigure,
}
