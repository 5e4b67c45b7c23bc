using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Exhibits;

/// <summary>A portrait is published only with the person's recorded consent.</summary>
public sealed class ConsentTests
{
    [Fact]
    public void A_portrait_without_consent_fails_the_build_at_its_front_matter()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", consent: ""));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains("input/content/exhibits/schau/ana.de.md:2:1: error: a portrait needs 'consent: true'", TestSite.Lines(result.Diagnostics));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Consent_other_than_true_is_an_error_at_its_value()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", consent: "consent: false\n"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);

        var result = site.Build();

        Assert.Contains("input/content/exhibits/schau/ana.de.md:9:10: error: 'consent' must be true", TestSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void A_portrait_with_consent_is_published_with_its_facts_and_the_sample_note_when_it_is_fictional()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", extra: "sample: true\npseudonym: true\n"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);

        site.BuildSucceeds();

        var page = Html.Parse(site.ReadOutput("de/ausstellungen/schau/ana/index.html"));
        Assert.Equal("Ana B.", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("erfunden", page.QuerySelector(".archive-note")!.TextContent);
        Assert.Contains("Pseudonym", page.QuerySelector(".portrait")!.TextContent);
        var exhibit = Html.Parse(site.ReadOutput("de/ausstellungen/schau/index.html"));
        Assert.Equal(["/de/ausstellungen/schau/ana/"], exhibit.QuerySelectorAll(".portrait-grid a").Select(a => a.GetAttribute("href")));
    }
}
