using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Parse;

/// <summary>The theme's i18n files: every configured language carries every key.</summary>
public sealed class UiStringsTests
{
    [Fact]
    public void Ui_strings_of_every_configured_language_are_loaded()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var strings = site.Parse().Result!.UiStrings;

        Assert.Equal("Startseite", strings.For("de")["nav_home"]);
        Assert.Equal("Home", strings.For("en")["nav_home"]);
        Assert.Equal(strings.For("de").Keys.Order(), strings.For("en").Keys.Order());
    }

    [Fact]
    public void Language_lacking_keys_fails_listing_the_key_names()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        var en = site.PathOf("themes/iq/i18n/en.yml");
        File.WriteAllLines(en, File.ReadAllLines(en).Where(l => !l.StartsWith("phone:", StringComparison.Ordinal) && !l.StartsWith("gp_offer:", StringComparison.Ordinal)));

        var result = site.Check();

        Assert.False(result.Succeeded);
        Assert.Equal(["themes/iq/i18n/en.yml:1:1: error: missing UI strings: gp_offer, phone"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_sites_farsi_file_lacking_a_key_fails_the_build_naming_the_key()
    {
        // The repository's own input and theme, in all seven languages.
        using var site = TestSite.Create("");
        TestSite.CopyDirectory(RepoRoot.Input, site.Input);
        var fa = site.PathOf("themes/iq/i18n/fa.yml");
        File.WriteAllLines(fa, File.ReadAllLines(fa).Where(l => !l.StartsWith("search_title:", StringComparison.Ordinal)));

        var result = site.Check();

        Assert.False(result.Succeeded);
        Assert.Contains("themes/iq/i18n/fa.yml:1:1: error: missing UI strings: search_title", result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Key_only_one_language_has_is_missing_in_the_others()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        File.AppendAllText(site.PathOf("themes/iq/i18n/de.yml"), "nur_deutsch: \"Nur auf Deutsch\"\n");

        var result = site.Check();

        Assert.Equal(["themes/iq/i18n/en.yml:1:1: error: missing UI strings: nur_deutsch"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Missing_file_for_a_configured_language_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        File.Delete(site.PathOf("themes/iq/i18n/en.yml"));

        var result = site.Check();

        Assert.Equal(
            ["themes/iq/i18n/en.yml:1:1: error: UI strings for the configured language 'en' are missing (copy i18n/de.yml and translate it)"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Empty_ui_string_is_an_error_at_its_key()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        var de = site.PathOf("themes/iq/i18n/de.yml");
        var lines = File.ReadAllLines(de);
        var index = Array.FindIndex(lines, l => l.StartsWith("email:", StringComparison.Ordinal));
        lines[index] = "email: \"\"";
        File.WriteAllLines(de, lines);

        var result = site.Check();

        Assert.Contains($"themes/iq/i18n/de.yml:{index + 1}:1: error: UI string 'email' must be non-empty text", result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Ui_string_the_pipeline_needs_missing_from_every_language_is_an_error_not_a_crash()
    {
        // The listing title comes from the theme, but no template names it, so only the pipeline can notice.
        using var site = TestSite.Create(SiteFiles.Base);
        foreach (var language in new[] { "de", "en" })
        {
            var file = site.PathOf($"themes/iq/i18n/{language}.yml");
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("gp_list_title:", StringComparison.Ordinal)));
        }

        BuildResult? result = null;
        var thrown = Record.Exception(() => result = site.Check());

        Assert.True(thrown is null, $"Check() threw instead of reporting a diagnostic: {thrown?.GetType().Name}: {thrown?.Message}");
        Assert.False(result!.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("gp_list_title", StringComparison.Ordinal));
    }
}
