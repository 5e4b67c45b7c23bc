using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Figures;

/// <summary><c>::figure[id]</c> places a figure's chart in any text, linked to the figure's page.</summary>
public sealed class FigureEmbedTests
{
    private static string Site(string aboutBody) => SiteFiles.Join(
        SiteFiles.Base.Replace("Wer wir sind.", aboutBody),
        $$"""
        -- input/figures/top-5.json --
        {{FigureParserTests.Valid}}
        """);

    [Fact]
    public void Embedded_figure_shows_its_chart_and_links_to_its_page_in_the_pages_language()
    {
        using var site = TestSite.Create(Site("Vorher.\n\n::figure[top-5]\n\nNachher."));
        site.BuildSucceeds();

        var page = Html.Parse(site.ReadOutput("de/ueber-uns/index.html"));
        var figure = page.QuerySelector(".prose figure.figure-embed")!;
        Assert.NotNull(figure.QuerySelector("svg[role='img'] desc"));
        Assert.Equal("Syrien liegt vorn.", figure.QuerySelector("svg desc")!.TextContent);
        Assert.Equal("/de/zahlen/top-5/", figure.QuerySelector("figcaption a")!.GetAttribute("href"));
        Assert.Contains("IQ Datenbank", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Unknown_figure_id_is_an_error_at_the_id()
    {
        using var site = TestSite.Create(Site("Vorher.\n\n::figure[top-6]"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/content/pages/about.de.md:7:10: error: unknown figure 'top-6' (did you mean 'top-5'?): the ids are the file names in input/figures/", error.ToString());
    }

    [Fact]
    public void Text_that_only_looks_like_an_embed_stays_text()
    {
        using var site = TestSite.Create(Site("::figure ohne Klammern"));
        site.BuildSucceeds();

        Assert.Contains("<p>::figure ohne Klammern</p>", site.ReadOutput("de/ueber-uns/index.html"));
    }
}
