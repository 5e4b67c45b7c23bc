using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IqSite.Tests.Fixtures;
using IqSite.Tests.Sample;

namespace IqSite.Tests.Languages;

/// <summary>
/// The sample site in its seven languages: core pages of their own everywhere, honest fallback
/// pages for the rest, and hreflang clusters and sitemaps that never name a fallback page.
/// </summary>
public sealed partial class SampleLanguagesTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] CorePages = ["first-steps", "contact", "imprint", "accessibility"];

    private IDocument Page(string outputPath) => Html.Parse(File.ReadAllText(Path.Combine(sample.Output, outputPath)));

    [Fact]
    public void The_site_has_seven_languages_and_every_core_page_exists_in_each_as_its_own_page()
    {
        sample.AssertBuilt();
        Assert.Equal(["de", "en", "ar", "fa", "uk", "tr", "ru"], sample.Languages.Keys);
        foreach (var language in sample.Languages.Keys)
        {
            var home = Page($"{language}/index.html");
            Assert.Equal(language, home.DocumentElement.GetAttribute("lang"));
            Assert.Null(home.QuerySelector(".fallback-notice"));
            foreach (var key in CorePages)
            {
                var file = Path.Combine(RepoRoot.Input, "content", "pages", $"{key}.{language}.md");
                Assert.True(File.Exists(file), $"{key} has no {language} file");
                var slug = SlugLine().Match(File.ReadAllText(file)) is { Success: true } m ? m.Groups[1].Value : key;
                var page = Page($"{language}/{slug}/index.html");
                Assert.Null(page.QuerySelector(".fallback-notice"));
                Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            }
        }
    }

    [Theory]
    [InlineData("ar", "rtl", "en")]
    [InlineData("fa", "rtl", "en")]
    [InlineData("tr", "ltr", "de")]
    public void A_sheet_without_a_translation_is_shown_from_the_first_fallback_language_and_says_so(string language, string dir, string source)
    {
        sample.AssertBuilt();
        var sheetFolder = sample.Languages[language];
        var original = sample.Sheets.First(s => s.Language == source && !s.Draft && s.File == $"kmu-toolbox.{source}.md");
        var title = Page($"{source}/{sample.Languages[source]}/{original.Slug}/index.html").QuerySelector("h1")!.TextContent;
        var page = Page($"{language}/{sheetFolder}/{original.Slug}/index.html");

        Assert.Equal((language, dir), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        var notice = page.QuerySelector("main .fallback-notice[role='note']")!;
        Assert.Equal(source, notice.QuerySelector("bdi")!.GetAttribute("lang"));
        var text = page.QuerySelector($"main > div[lang='{source}']")!;
        Assert.Equal("ltr", text.GetAttribute("dir"));
        Assert.Equal(title, text.QuerySelector("h1")!.TextContent);
        // Search engines go to the original; the copy is in no hreflang cluster and no search index.
        Assert.Equal(sample.Url(original), page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("link[hreflang]"));
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
    }

    [Fact]
    public void The_arabic_good_practice_list_marks_every_untranslated_sheet_with_its_language()
    {
        sample.AssertBuilt();
        var list = Page($"ar/{sample.Languages["ar"]}/index.html");
        var cards = list.QuerySelectorAll("main .cards .card").ToArray();
        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            Assert.NotNull(card.QuerySelector(".lang-badge"));
            Assert.Contains(card.GetAttribute("lang"), new[] { "en", "de" });
        });
    }

    [Fact]
    public void Every_arabic_list_marks_its_items_from_other_languages_with_their_language()
    {
        sample.AssertBuilt();
        var menu = Page("ar/index.html").QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")!).ToArray();
        var marked = 0;
        foreach (var href in menu)
        {
            var page = Page(href.TrimStart('/') + "index.html");
            if (page.QuerySelector(".fallback-notice") is not null) continue; // a fallback page is one item, not a list
            foreach (var item in page.QuerySelectorAll("main li[lang]"))
            {
                Assert.NotNull(item.QuerySelector(".lang-badge"));
                Assert.NotEqual("ar", item.GetAttribute("lang"));
                marked++;
            }
        }
        // Sheets, issues, networks, figures, publications and the exhibition are all shown from English.
        Assert.True(marked > 50, $"only {marked} list items are marked");
    }

    [Fact]
    public void Every_hreflang_cluster_in_the_output_is_reciprocal_has_x_default_and_no_fallback_page()
    {
        sample.AssertBuilt();
        var pages = Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Url: sample.BaseUrl + Path.GetRelativePath(sample.Output, f).Replace('\\', '/').Replace("index.html", "", StringComparison.Ordinal), Page: Html.Parse(File.ReadAllText(f))))
            .ToDictionary(p => p.Url, p => p.Page);
        var fallbacks = pages.Where(p => p.Value.QuerySelector(".fallback-notice") is not null).Select(p => p.Key).ToHashSet();
        Assert.NotEmpty(fallbacks);
        var clusters = 0;
        foreach (var (url, page) in pages)
        {
            var alternates = page.QuerySelectorAll("link[rel='alternate'][hreflang]").Select(l => (Lang: l.GetAttribute("hreflang")!, Href: l.GetAttribute("href")!)).ToArray();
            if (alternates.Length == 0) continue;
            clusters++;
            Assert.DoesNotContain(url, fallbacks);
            Assert.Single(alternates, a => a.Lang == "x-default");
            Assert.Single(alternates, a => a.Href == url && a.Lang == page.DocumentElement.GetAttribute("lang"));
            foreach (var (lang, href) in alternates.Where(a => a.Lang != "x-default"))
            {
                Assert.False(fallbacks.Contains(href), $"{url} names the fallback page {href} as its {lang} alternate");
                Assert.True(pages.TryGetValue(href, out var other), $"{url} names {href}, which was not built");
                var back = other.QuerySelectorAll("link[rel='alternate'][hreflang]").Select(l => l.GetAttribute("href")).ToArray();
                Assert.Contains(url, back);
            }
        }
        Assert.True(clusters > 100, $"only {clusters} pages have hreflang alternates");
    }

    [Fact]
    public void There_is_a_sitemap_per_language_and_none_lists_a_fallback_page()
    {
        sample.AssertBuilt();
        var files = Sitemap.Files(sample.Output).Select(f => Path.GetFileName(f)).ToArray();
        Assert.Equal(sample.Languages.Keys.Select(l => $"sitemap-{l}.xml"), files);
        foreach (var entry in Sitemap.ReadAll(sample.Output))
        {
            var path = new Uri(entry.Loc).AbsolutePath.TrimStart('/') + "index.html";
            Assert.Null(Page(path).QuerySelector(".fallback-notice"));
        }
        // The Arabic sitemap lists the Arabic home page, not the Arabic copies of sheets.
        var arabic = Sitemap.Entries(File.ReadAllText(Path.Combine(sample.Output, "sitemap-ar.xml"))).Select(e => e.Loc).ToArray();
        Assert.Contains($"{sample.BaseUrl}ar/", arabic);
        Assert.DoesNotContain(arabic, loc => loc.Contains("/kmu-toolbox/", StringComparison.Ordinal));
    }

    [GeneratedRegex("^slug: \"?([a-z0-9-]+)\"?$", RegexOptions.Multiline)]
    private static partial Regex SlugLine();
}

/// <summary>How the sample's languages write dates: their own words, the Gregorian calendar, Latin digits.</summary>
public sealed class DateCultureTests
{
    [Theory]
    [InlineData("fa")]
    [InlineData("ar")]
    [InlineData("uk")]
    [InlineData("tr")]
    public void Every_language_writes_dates_in_the_gregorian_calendar_with_latin_digits(string language)
    {
        var path = Path.Combine(RepoRoot.Input, "site.yml");
        var file = new IqSite.Discover.SourceFile(IqSite.Discover.SourceKind.SiteConfig, "site.yml", path, "input/site.yml", File.ReadAllText(path));
        var config = IqSite.Parse.SiteConfigParser.Parse(file, new IqSite.Diagnostics.DiagnosticBag())!;

        var text = IqSite.Render.Formats.Date(new DateOnly(2022, 12, 15), config.Language(language).Culture).Text;

        Assert.Contains("2022", text);
        Assert.Contains("15", text);
        Assert.DoesNotMatch("[\u06F0-\u06F9\u0660-\u0669]", text);
    }
}
