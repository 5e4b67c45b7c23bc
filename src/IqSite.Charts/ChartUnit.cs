namespace IqSite.Charts;

/// <summary>Percent values are given on a 0–100 scale (27.0 means 27 %).</summary>
public enum ChartUnit
{
    Count,
    Percent,
}
