using System.Globalization;

namespace IqSite.Charts;

/// <summary>How numbers read and which way horizontal bars grow.</summary>
public sealed record ChartCulture(CultureInfo Culture, bool RightToLeft, int PercentDecimals = 1);
