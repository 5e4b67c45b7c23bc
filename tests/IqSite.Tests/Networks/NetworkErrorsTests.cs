using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Networks;

/// <summary>Network pages: mistakes an editor can make, each reported where it was made.</summary>
public sealed class NetworkErrorsTests
{
    private static string SiteYml => SiteFiles.SiteYml()
        .Replace("page: seite", "page: seite\n      networks: netzwerke", StringComparison.Ordinal)
        .Replace("page: page", "page: page\n      networks: networks", StringComparison.Ordinal);

    /// <summary>'kind' is on line 3, 'state' on line 4, then <paramref name="extra"/> from line 7.</summary>
    private static string Network(string key, string language, string kind = "state-network", string state = "DE-BE", string extra = "") => $$"""
        -- input/content/networks/{{key}}.{{language}}.md --
        ---
        title: "IQ Netzwerk {{key}}"
        kind: {{kind}}
        state: "{{state}}"
        period: "2015-2022"
        teaser: "Teaser."
        {{extra}}---
        ## Schwerpunkte

        Text.
        """;

    private static TestSite Site(params string[] files) => TestSite.Create(SiteFiles.Join([SiteFiles.Base, SiteYml, .. files]));

    [Fact]
    public void State_network_page_lists_the_sheets_of_its_network_and_is_marked_as_archive()
    {
        using var site = Site(Network("berlin", "de"), SiteFiles.Sheet("a", "de", network: "berlin"), SiteFiles.Sheet("b", "de", network: "bayern"));

        site.BuildSucceeds();

        var page = Html.Parse(File.ReadAllText(Path.Combine(site.Output, "de/netzwerke/berlin/index.html")));
        Assert.Equal(["/de/gute-praxis/a/"], page.QuerySelectorAll(".cards .card-title a").Select(a => a.GetAttribute("href")));
        Assert.Contains("2015-2022", page.QuerySelector(".archive-note")!.TextContent);
        var index = Html.Parse(File.ReadAllText(Path.Combine(site.Output, "de/netzwerke/index.html")));
        Assert.Equal("/de/netzwerke/berlin/", index.QuerySelector(".network-map a[aria-label='IQ Netzwerk berlin']")!.GetAttribute("href"));
        // The other 15 states are drawn but not linked.
        Assert.Equal(15, index.QuerySelectorAll(".network-map path.no-network").Length);
    }

    [Fact]
    public void Unknown_figure_is_an_error_at_its_id()
    {
        using var site = Site(Network("berlin", "de", extra: "figures: [berlin-erstberatungn]\n"));

        var result = site.Build();

        Assert.Contains("input/content/networks/berlin.de.md:7:11: error: unknown figure 'berlin-erstberatungn'", TestSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void State_network_whose_file_name_is_no_network_key_is_an_error_with_a_suggestion()
    {
        using var site = Site(Network("berln", "de"));

        var result = site.Build();

        Assert.Contains("input/content/networks/berln.de.md:1:1: error: a state network's file name must be its key in the 'networks' taxonomy (did you mean 'berlin'?)",
            TestSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void Unknown_state_code_and_a_state_used_twice_are_errors_at_the_code()
    {
        using var unknown = Site(Network("berlin", "de", state: "DE-XX"));
        Assert.Contains("input/content/networks/berlin.de.md:4:8: error: 'state' must be an ISO 3166-2 code of a German state, e.g. DE-SN",
            TestSite.Lines(unknown.Build().Diagnostics));

        using var twice = Site(Network("berlin", "de"), Network("bayern", "de"));
        Assert.Contains("input/content/networks/berlin.de.md:4:8: error: 'DE-BE' is already the state of input/content/networks/bayern.de.md",
            TestSite.Lines(twice.Build().Diagnostics));
    }

    [Fact]
    public void Specialist_office_needs_no_state_and_state_network_does()
    {
        using var office = Site(Network("fachstelle-x", "de", kind: "specialist-office").Replace("state: \"DE-BE\"\n", ""));
        office.BuildSucceeds();
        Assert.True(office.OutputExists("de/netzwerke/fachstelle-x/index.html"));

        using var network = Site(Network("berlin", "de").Replace("state: \"DE-BE\"\n", ""));
        Assert.Contains("input/content/networks/berlin.de.md:2:1: error: missing required key 'state'", TestSite.Lines(network.Build().Diagnostics));
    }
}
