using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

/// <summary>The same file key in two languages makes two translations of one page.</summary>
public sealed class TranslationTests
{
    [Fact]
    public void Sheets_with_one_key_are_linked_as_translations_even_with_different_slugs()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("kmu", "de", slug: "kmu-werkzeugkasten"),
            SiteFiles.Sheet("kmu", "en", slug: "sme-toolbox")));

        var model = site.Model();

        var german = model.Language("de").GoodPractices[0];
        Assert.Equal(
            [("de", "/de/gute-praxis/kmu-werkzeugkasten/"), ("en", "/en/good-practice/sme-toolbox/")],
            model.TranslationsOf(german).Select(p => (p.Language, p.Url)));
        Assert.Equal(model.TranslationsOf(german), model.TranslationsOf(model.Language("en").GoodPractices[0]));
    }

    [Fact]
    public void Sheet_in_one_language_has_no_translation_and_no_alternates()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("nur-deutsch", "de")));

        var model = site.Model();

        var sheet = model.Language("de").GoodPractices[0];
        Assert.Equal([sheet], model.TranslationsOf(sheet));
        Assert.Empty(model.Alternates(sheet));
    }

    [Fact]
    public void Different_keys_are_not_linked_even_with_the_same_title()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("eins", "de"), SiteFiles.Sheet("zwei", "en")));

        var model = site.Model();

        Assert.Single(model.TranslationsOf(model.Language("de").GoodPractices[0]));
        Assert.Single(model.TranslationsOf(model.Language("en").GoodPractices[0]));
    }

    [Fact]
    public void Alternates_list_every_translation_and_x_default_in_the_default_language()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("kmu", "de"), SiteFiles.Sheet("kmu", "en")));

        var model = site.Model();

        Assert.Equal(
            [
                ("de", "https://example.org/de/gute-praxis/kmu/"),
                ("en", "https://example.org/en/good-practice/kmu/"),
                ("x-default", "https://example.org/de/gute-praxis/kmu/"),
            ],
            model.Alternates(model.Language("en").GoodPractices[0]));
    }

    [Fact]
    public void Home_pages_and_plain_pages_are_translations_of_each_other()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        var model = site.Model();

        Assert.Equal(["/de/", "/en/"], model.TranslationsOf(model.Language("en").Home).Select(p => p.Url));
        var about = model.AllPages.Single(p => p.Url == "/de/ueber-uns/");
        Assert.Equal(["/de/ueber-uns/", "/en/about/"], model.TranslationsOf(about).Select(p => p.Url));
    }
}
