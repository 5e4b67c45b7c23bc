using System.Globalization;
using IqSite.Charts;

namespace IqSite.Charts.Tests;

public sealed class NumberFormatTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void German_counts_group_thousands_with_a_dot() => Assert.Equal("181.175", ChartNumberFormat.Count(181175, German));

    [Fact]
    public void English_counts_group_thousands_with_a_comma() => Assert.Equal("181,175", ChartNumberFormat.Count(181175, English));

    [Fact]
    public void German_percent_has_a_no_break_space_before_the_sign() =>
        Assert.Equal("27,0\u00A0%", ChartNumberFormat.Percent(27, German, 1));

    [Fact]
    public void English_percent_has_no_space() => Assert.Equal("27.0%", ChartNumberFormat.Percent(27, English, 1));

    [Theory]
    [InlineData(0.25, 2)]
    [InlineData(2.5, 1)]
    [InlineData(5000, 0)]
    [InlineData(0.5, 1)]
    public void Tick_labels_show_only_the_decimals_the_step_needs(double step, int decimals) =>
        Assert.Equal(decimals, ChartNumberFormat.DecimalsFor(step));

    [Fact]
    public void A_value_that_rounds_to_zero_is_never_negative_zero() =>
        Assert.Equal("0,0\u00A0%", ChartNumberFormat.Percent(-0.001, German, 1));

    [Fact]
    public void Rendered_german_key_figure_shows_the_german_number()
    {
        var svg = ChartRenderer.Render(SampleSpecs.FirstConsultations, Cultures.German);
        Assert.Contains(">181.175<", svg);
    }

    [Fact]
    public void Rendered_english_key_figure_shows_the_english_number()
    {
        var svg = ChartRenderer.Render(SampleSpecs.FirstConsultations, Cultures.English);
        Assert.Contains(">181,175<", svg);
    }
}
