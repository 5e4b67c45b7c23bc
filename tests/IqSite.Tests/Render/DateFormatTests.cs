using System.Globalization;
using IqSite.Render;

namespace IqSite.Tests.Render;

public sealed class DateFormatTests(RenderedSiteFixture site) : IClassFixture<RenderedSiteFixture>
{
    [Theory]
    [InlineData("de-DE", 2021, 3, 15, "15. März 2021")]
    [InlineData("de-DE", 2021, 3, 5, "5. März 2021")]
    [InlineData("en-GB", 2021, 3, 15, "15 March 2021")]
    [InlineData("en-GB", 2021, 3, 5, "5 March 2021")]
    [InlineData("en-US", 2021, 3, 15, "March 15, 2021")]
    public void Dates_are_written_as_readers_of_the_language_write_them(string culture, int year, int month, int day, string expected)
    {
        var date = Formats.Date(new DateOnly(year, month, day), CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, date.Text);
        Assert.Equal($"{year:0000}-{month:00}-{day:00}", date.Iso);
    }

    [Fact]
    public void German_sheet_shows_published_and_updated_dates_in_german()
    {
        var times = site.Page("de/gute-praxis/kmu-werkzeugkasten/index.html").QuerySelectorAll(".sheet-header time")
            .Select(t => (t.GetAttribute("datetime"), t.TextContent));

        Assert.Equal([("2021-03-15", "15. März 2021"), ("2022-11-02", "2. November 2022")], times);
    }

    [Fact]
    public void English_sheet_shows_its_date_in_british_english()
    {
        var time = Assert.Single(site.Page("en/good-practice/sme-toolbox/index.html").QuerySelectorAll(".sheet-header time"));

        Assert.Equal(("2021-03-15", "15 March 2021"), (time.GetAttribute("datetime"), time.TextContent));
    }

    [Fact]
    public void Cards_on_listings_use_the_listings_language()
    {
        var dates = site.Page("de/gute-praxis/index.html").QuerySelectorAll(".card time").Select(t => t.TextContent);

        Assert.Equal(["15. März 2021", "5. März 2021"], dates);
    }
}
