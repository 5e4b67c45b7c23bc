using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

/// <summary>Menus name content keys; each must have a page in every language.</summary>
public sealed class MenuTests
{
    [Fact]
    public void Menu_keys_resolve_to_each_languages_pages()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var model = site.Model();

        var de = model.Language("de").MenuTargets;
        Assert.Equal(("/de/", "/de/gute-praxis/", "/de/ueber-uns/"), (de["home"].Url, de["good-practice"].Url, de["about"].Url));
        var en = model.Language("en").MenuTargets;
        Assert.Equal(("/en/", "/en/good-practice/", "/en/about/"), (en["home"].Url, en["good-practice"].Url, en["about"].Url));
    }

    [Fact]
    public void Menu_entry_without_a_page_is_an_error_at_the_entry_for_each_language()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.SiteYml().Replace("main: [home, good-practice]", "main: [home, good-practice, kontakt]")));

        var assembled = site.Assemble();

        Assert.Null(assembled.Site);
        Assert.Equal(
            [
                "input/site.yml:28:31: error: menu entry 'kontakt' has no page in 'de' (use 'home', 'good-practice', 'figures', 'newsletters', 'networks' or the file name of a page in content/pages/)",
                "input/site.yml:28:31: error: menu entry 'kontakt' has no page in 'en' (use 'home', 'good-practice', 'figures', 'newsletters', 'networks' or the file name of a page in content/pages/)",
            ],
            assembled.Errors);
    }

    [Fact]
    public void Menu_entry_whose_page_exists_in_one_language_only_is_an_error_for_the_other()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        File.Delete(site.PathOf("input/content/pages/about.en.md"));

        var assembled = site.Assemble();

        Assert.Equal(
            ["input/site.yml:29:12: error: menu entry 'about' has no page in 'en' (use 'home', 'good-practice', 'figures', 'newsletters', 'networks' or the file name of a page in content/pages/)"],
            assembled.Errors);
    }

    [Fact]
    public void Misspelt_menu_entry_suggests_the_page_key()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.SiteYml().Replace("footer: [about]", "footer: [abuot]")));

        var assembled = site.Assemble();

        Assert.All(assembled.Errors, e => Assert.Contains("menu entry 'abuot' has no page", e));
        Assert.All(assembled.Errors, e => Assert.Contains("(did you mean 'about'?)", e));
        Assert.Equal(2, assembled.Errors.Count());
    }

    [Fact]
    public void Missing_home_page_is_an_error_naming_the_file_to_create()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        File.Delete(site.PathOf("input/content/_index.en.md"));

        var assembled = site.Assemble();

        Assert.Contains(
            "input/content/_index.en.md:1:1: error: the home page of 'en' is missing: create this file with a 'title' and an introduction",
            assembled.Errors);
    }
}
