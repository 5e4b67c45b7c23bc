using System.Globalization;

namespace IqSite.Render;

/// <summary>Dates as readers of each language write them, e.g. '15. März 2021' and '15 March 2021'.</summary>
public static class Formats
{
    public static DateView Date(DateOnly date, CultureInfo culture) =>
        new(date.ToString(LongDateWithoutWeekday(culture), culture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>"1,4 MB" / "1.4 MB": decimal units, one decimal, the language's separator.</summary>
    public static string FileSize(long bytes, CultureInfo culture) => bytes switch
    {
        < 1000 => $"{bytes.ToString(culture)} B",
        < 1_000_000 => $"{Math.Round(bytes / 1000.0).ToString("0", culture)} kB",
        _ => $"{(bytes / 1_000_000.0).ToString("0.0", culture)} MB",
    };

    private static string LongDateWithoutWeekday(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern;
        foreach (var weekday in new[] { "dddd, ", "dddd ", ", dddd", " dddd" })
            pattern = pattern.Replace(weekday, "", StringComparison.Ordinal);
        return pattern;
    }
}
