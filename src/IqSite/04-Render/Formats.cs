using System.Globalization;

namespace IqSite.Render;

/// <summary>Dates as readers of each language write them, e.g. '15. März 2021' and '15 March 2021'.</summary>
public static class Formats
{
    public static DateView Date(DateOnly date, CultureInfo culture) =>
        new(date.ToString(LongDateWithoutWeekday(culture), culture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string LongDateWithoutWeekday(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern;
        foreach (var weekday in new[] { "dddd, ", "dddd ", ", dddd", " dddd" })
            pattern = pattern.Replace(weekday, "", StringComparison.Ordinal);
        return pattern;
    }
}
