using IqSite.Parse;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Parse;

/// <summary>Front matter errors, each at the line and column an editor would jump to.</summary>
public sealed class FrontMatterTests
{
    [Fact]
    public void Valid_sheet_front_matter_is_read_into_typed_fields()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("kmu", "de", topics: "[qualification, digital-tools]", extra: "updated: 2022-01-31\n")));

        var parsed = site.Parse();

        Assert.Empty(parsed.Errors);
        var document = parsed.Document("good-practice/kmu.de.md");
        Assert.Equal(ContentKind.GoodPractice, document.Kind);
        Assert.Equal(("kmu", "de"), (document.Key, document.Language));
        Assert.Equal(20, document.BodyLine);
        var data = Assert.IsType<GoodPracticeFrontMatter>(document.FrontMatter);
        Assert.Equal("kmu (de)", data.Title);
        Assert.Equal(new DateOnly(2021, 3, 15), data.Published);
        Assert.Equal(new DateOnly(2022, 1, 31), data.Updated);
        Assert.Equal(["qualification", "digital-tools"], data.Topics.Select(t => t.Value));
        Assert.Equal(("berlin", 3, 10), (data.Network.Value, data.Network.Location.Line, data.Network.Location.Column));
        Assert.Equal((9, 25), (data.Topics[1].Location.Line, data.Topics[1].Location.Column));
        Assert.True(document.IsValid);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_file_line_and_column()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/content/pages/kaputt.de.md --
            ---
            title: "Kaputt"
            description: Ein Satz: mit Doppelpunkt
            ---
            Text.
            """));

        var parsed = site.Parse();

        // The second ': ' is the mistake; front matter starts on line 2, so YAML's line 2 is file line 3.
        Assert.Equal(
            ["input/content/pages/kaputt.de.md:3:22: error: YAML syntax error: While scanning a plain scalar value, found invalid mapping."],
            parsed.Errors);
    }

    [Fact]
    public void Duplicate_key_is_a_syntax_error_at_the_second_key()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/content/pages/doppelt.de.md --
            ---
            title: "Eins"
            description: "Beschreibung"
            title: "Zwei"
            ---
            Text.
            """));

        var parsed = site.Parse();

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("input/content/pages/doppelt.de.md:4:1: error: YAML syntax error: the key 'title' appears twice; keep one", error);
    }

    [Fact]
    public void Missing_required_key_is_reported_and_the_document_is_invalid()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/content/pages/ohne-titel.de.md --
            ---
            description: "Kein Titel"
            ---
            Text.
            """));

        var parsed = site.Parse();

        Assert.Equal(["input/content/pages/ohne-titel.de.md:2:1: error: missing required key 'title'"], parsed.Errors);
        Assert.False(parsed.Document("pages/ohne-titel.de.md").IsValid);
    }

    [Fact]
    public void Missing_required_key_of_a_sheet_names_the_key()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("ohne-datum", "de").Replace("published: 2021-03-15\n", "")));

        var parsed = site.Parse();

        Assert.Equal(["input/content/good-practice/ohne-datum.de.md:2:1: error: missing required key 'published'"], parsed.Errors);
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_known_key()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("tippfehler", "de", extra: "updatd: 2022-01-01\n")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/tippfehler.de.md:18:1: error: unknown key 'updatd' (did you mean 'updated'?)"],
            parsed.Errors);
        Assert.False(parsed.Document("good-practice/tippfehler.de.md").IsValid);
    }

    [Fact]
    public void Unknown_key_in_a_nested_mapping_is_reported_where_it_is_written()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("kontakt", "de").Replace("  name: \"Contact kontakt\"\n", "  name: \"Contact kontakt\"\n  emial: \"a@example.org\"\n")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/kontakt.de.md:15:3: error: unknown key 'emial' (did you mean 'email'?)"],
            parsed.Errors);
    }

    [Fact]
    public void Unknown_key_far_from_every_known_key_gets_no_suggestion()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("fremd", "de", extra: "colour: blue\n")));

        var parsed = site.Parse();

        Assert.Equal(["input/content/good-practice/fremd.de.md:18:1: error: unknown key 'colour'"], parsed.Errors);
    }

    [Fact]
    public void Date_not_written_yyyy_mm_dd_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("datum", "de", published: "15.03.2021")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/datum.de.md:17:12: error: 'published' must be a date written YYYY-MM-DD, found '15.03.2021'"],
            parsed.Errors);
    }

    [Fact]
    public void Impossible_date_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("datum", "de", published: "2021-02-30")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/datum.de.md:17:12: error: 'published' names a day that does not exist: '2021-02-30'"],
            parsed.Errors);
    }

    [Fact]
    public void Single_value_where_a_list_is_expected_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("liste", "de", topics: "qualification")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/liste.de.md:9:9: error: 'topics' must be a list, e.g. [a, b]"],
            parsed.Errors);
    }

    [Fact]
    public void Empty_required_list_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("leer", "de", audiences: "[]")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/leer.de.md:8:12: error: 'audiences' must name at least one entry"],
            parsed.Errors);
    }

    [Fact]
    public void Mapping_where_text_is_expected_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("text", "de").Replace("provider: \"Provider text\"", "provider: { name: \"Provider\" }")));

        var parsed = site.Parse();

        Assert.Equal(["input/content/good-practice/text.de.md:12:11: error: 'provider' must be text"], parsed.Errors);
    }

    [Fact]
    public void Draft_flag_that_is_not_true_or_false_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("entwurf", "de", extra: "draft: vielleicht\n")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/entwurf.de.md:18:8: error: 'draft' must be true or false, found 'vielleicht'"],
            parsed.Errors);
    }

    [Fact]
    public void Slug_with_capitals_or_spaces_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("schnecke", "de", slug: "\"Mein Slug\"")));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/good-practice/schnecke.de.md:18:7: error: 'slug' must be lowercase ASCII letters, digits and hyphens, found 'Mein Slug'"],
            parsed.Errors);
    }

    [Fact]
    public void Content_file_without_a_language_suffix_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/content/pages/impressum.md --
            ---
            title: "Impressum"
            ---
            """));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/pages/impressum.md:1:1: error: the file name must end in .<language>.md, e.g. 'impressum.de.md'"],
            parsed.Errors);
    }

    [Fact]
    public void Content_file_in_an_unconfigured_language_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/content/pages/impressum.fr.md --
            ---
            title: "Mentions légales"
            ---
            """));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/pages/impressum.fr.md:1:1: error: unknown language 'fr' in the file name (configured: de, en)"],
            parsed.Errors);
    }

    [Fact]
    public void Content_file_outside_the_known_folders_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/content/news/neu.de.md --
            ---
            title: "Neu"
            ---
            """));

        var parsed = site.Parse();

        Assert.Equal(
            ["input/content/news/neu.de.md:1:1: error: content files belong in content/good-practice/, content/pages/, content/networks/, content/newsletters/<series>/<yyyy-nn>/, content/exhibits/<exhibit>/, content/publications/<key>/_index.<language>.md or content/leichte-sprache/, or are the home page content/_index.<language>.md"],
            parsed.Errors);
    }
}
