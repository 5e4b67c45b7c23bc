using IqSite.Parse;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Parse;

/// <summary>site.yml: languages are validated, each mistake reported where it is written.</summary>
public sealed class SiteConfigTests
{
    [Fact]
    public void Valid_site_yml_gives_languages_in_configured_order()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var config = site.Parse().Result!.Config;

        Assert.Equal(["de", "en"], config.Languages.Select(l => l.Code));
        Assert.Equal("de-DE", config.Language("de").Culture.Name);
        Assert.Equal("gute-praxis", config.Language("de").Sections[SectionKeys.GoodPractice]);
        Assert.Equal("page", config.Language("en").Sections[SectionKeys.Page]);
        Assert.Equal("https://example.org/", config.BaseUrl);
        Assert.Equal(10, config.PageSize);
        Assert.Equal(["home", "good-practice"], config.MainMenu.Select(m => m.Value));
    }

    [Fact]
    public void Language_code_in_capitals_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("  - code: en", "  - code: EN"));

        Assert.Contains("input/site.yml:19:11: error: 'code' must be a lowercase language code such as 'de' or 'en', found 'EN'", errors);
    }

    [Fact]
    public void Direction_other_than_ltr_or_rtl_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml(enDirection: "sideways"));

        Assert.Contains("input/site.yml:21:16: error: 'direction' must be 'ltr' or 'rtl', found 'sideways'", errors);
    }

    [Fact]
    public void Unknown_culture_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("culture: en-GB", "culture: xx-XX"));

        Assert.Contains("input/site.yml:22:14: error: 'culture' 'xx-XX' is not a known culture such as 'de-DE'", errors);
    }

    [Fact]
    public void Default_language_must_be_configured()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("default_language: de", "default_language: fr"));

        Assert.Equal(["input/site.yml:8:19: error: 'default_language' must be one of the configured languages (de, en)"], errors);
    }

    [Fact]
    public void Language_configured_twice_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("  - code: en", "  - code: de"));

        Assert.Contains("input/site.yml:19:5: error: language 'de' is configured twice", errors);
    }

    [Fact]
    public void Language_without_a_localized_url_segment_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("      page: page\n", ""));

        Assert.Contains("input/site.yml:24:7: error: missing required key 'page'", errors);
    }

    [Fact]
    public void Mistake_in_a_language_does_not_also_report_its_titles_as_unknown_keys()
    {
        // One mistake, one error: 'en' is configured, so title.en and description.en are not unknown.
        var errors = CheckWith(SiteFiles.SiteYml().Replace("culture: en-GB", "culture: xx-XX"));

        Assert.Equal(["input/site.yml:22:14: error: 'culture' 'xx-XX' is not a known culture such as 'de-DE'"], errors);
    }

    [Fact]
    public void Url_segment_that_is_not_a_slug_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("good_practice: gute-praxis", "good_practice: Gute Praxis"));

        Assert.Equal(["input/site.yml:16:22: error: URL segment 'Gute Praxis' must be lowercase ASCII letters, digits and hyphens"], errors);
    }

    [Fact]
    public void Title_missing_for_a_configured_language_is_an_error()
    {
        var errors = CheckWith(SiteFiles.SiteYml().Replace("  en: \"Test site\"\n", ""));

        Assert.Equal(["input/site.yml:2:3: error: missing required key 'en'"], errors);
    }

    [Fact]
    public void Yaml_syntax_error_in_site_yml_is_reported_at_the_file_line()
    {
        // No front matter here: YAML line 3 is file line 3.
        var errors = CheckWith("""
            -- input/site.yml --
            title:
              de: "A"
              en: "B": "C"
            """);

        Assert.Equal(["input/site.yml:3:10: error: YAML syntax error: Mapping values are not allowed in this context."], errors);
    }

    private static List<string> CheckWith(string siteYml)
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, siteYml));
        var result = site.Check();
        Assert.False(result.Succeeded);
        return [.. result.Diagnostics.Select(d => d.ToString())];
    }
}
