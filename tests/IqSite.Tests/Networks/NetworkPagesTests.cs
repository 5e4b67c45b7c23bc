using IqSite.Tests.Fixtures;
using IqSite.Tests.Sample;

namespace IqSite.Tests.Networks;

/// <summary>The sample site's 16 state networks and the specialist offices, in every language.</summary>
public sealed class NetworkPagesTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly Dictionary<string, string> Section = new() { ["de"] = "netzwerke", ["en"] = "networks" };

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Sixteen_state_networks_are_linked_from_the_map_and_the_list_and_each_page_exists(string language)
    {
        sample.AssertBuilt();
        var index = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, language, Section[language], "index.html")));

        var map = index.QuerySelectorAll(".network-map svg a").Select(a => a.GetAttribute("href")!).ToArray();
        var list = index.QuerySelectorAll(".network-list a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(16, map.Distinct().Count());
        Assert.Equal(list.Order(), map.Order());
        Assert.Empty(index.QuerySelectorAll(".network-map path.no-network"));
        foreach (var href in map)
        {
            Assert.True(sample.Exists(href.TrimStart('/') + "index.html"), $"{href} is not built");
            Assert.False(string.IsNullOrWhiteSpace(index.QuerySelector($".network-map a[href='{href}']")!.GetAttribute("aria-label")));
        }
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void A_state_network_page_lists_exactly_the_good_practices_filed_under_it(string language)
    {
        sample.AssertBuilt();
        var checkedNetworks = 0;
        // Sheets of the programme as a whole ('bund') have no state network page.
        foreach (var network in sample.Sheets.Where(s => s.Language == language && !s.Draft).GroupBy(s => s.Terms["network"].Single()).Where(g => g.Key != "bund"))
        {
            checkedNetworks++;
            var page = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, language, Section[language], network.Key, "index.html")));
            var listed = page.QuerySelectorAll("#good-practice + .cards .card-title a").Select(a => a.GetAttribute("href")).Order();
            Assert.Equal(network.Select(s => new Uri(sample.Url(s)).AbsolutePath).Order(), listed);
        }
        Assert.True(checkedNetworks > 3, $"only {checkedNetworks} networks have sheets");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Key_figures_of_a_network_are_shown_as_charts_that_link_to_their_figure_pages(string language)
    {
        sample.AssertBuilt();
        var folder = Path.Combine(sample.Output, language, Section[language]);
        var charts = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .SelectMany(f => Html.Parse(File.ReadAllText(f)).QuerySelectorAll(".network .figure-embed"))
            .ToArray();
        Assert.NotEmpty(charts);
        Assert.All(charts, c =>
        {
            Assert.NotNull(c.QuerySelector("svg[role='img'] desc"));
            Assert.True(sample.Exists(c.QuerySelector("figcaption a")!.GetAttribute("href")!.TrimStart('/') + "index.html"));
        });
    }
}
