namespace IqSite.Charts.Layout;

/// <summary>Fill is a colour or a pattern reference; Marker is set for line series; Value (a formatted number) follows the name.</summary>
internal sealed record LegendItem(string Name, string Fill, MarkerShape? Marker = null, string? Value = null);
