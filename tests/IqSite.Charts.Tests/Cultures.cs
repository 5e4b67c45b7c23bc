using System.Globalization;
using IqSite.Charts;

namespace IqSite.Charts.Tests;

internal static class Cultures
{
    public static ChartCulture German => new(CultureInfo.GetCultureInfo("de-DE"), RightToLeft: false);
    public static ChartCulture English => new(CultureInfo.GetCultureInfo("en-GB"), RightToLeft: false);
    public static ChartCulture Arabic => new(CultureInfo.GetCultureInfo("ar-SA"), RightToLeft: true);
}
