using IqSite.Tests.Fixtures;
using static IqSite.Tests.Newsletters.NewsletterFiles;

namespace IqSite.Tests.Newsletters;

/// <summary><c>[text](good-practice:key)</c> resolves to the sheet in the linking page's language, wherever the link is written.</summary>
public sealed class GoodPracticeLinkTests
{
    private const string Issue01 = "input/content/newsletters/s/2022-01";

    /// <summary>The sheet kmu-toolbox with a different slug per language, and a newsletter issue.</summary>
    private static string Site(params string[] more) => SiteFiles.Join([
        Base,
        SiteFiles.Sheet("kmu-toolbox", "de", slug: "kmu-werkzeugkiste"),
        SiteFiles.Sheet("kmu-toolbox", "en"),
        Both(l => Series("s", l)),
        .. more]);

    private static string? Href(TestSite site, string page, string text) =>
        Html.Parse(site.ReadOutput(page)).QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent == text)?.GetAttribute("href");

    [Fact]
    public void Links_in_articles_issue_editorials_and_pages_resolve_to_the_sheet_of_the_same_language()
    {
        using var site = TestSite.Create(Site(
            Both(l => Issue("s", "2022-01", l).Replace($"Editorial of issue 2022-01 ({l}).", $"Siehe [Toolbox im Editorial](good-practice:kmu-toolbox).")),
            Both(l => Article("s", "2022-01", "a", l, 1, body: "Siehe [Toolbox im Artikel](good-practice:kmu-toolbox).\n\nUnd [per Referenz][tb].\n\n[tb]: good-practice:kmu-toolbox")))
            .Replace("Wer wir sind.", "Siehe [Toolbox auf der Seite](good-practice:kmu-toolbox).")
            .Replace("Who we are.", "Siehe [Toolbox auf der Seite](good-practice:kmu-toolbox)."));

        site.BuildSucceeds();

        foreach (var (language, sheet) in new[] { ("de", "/de/gute-praxis/kmu-werkzeugkiste/"), ("en", "/en/good-practice/kmu-toolbox/") })
        {
            var issue = $"{language}/{Section(language)}/s/2022-01/";
            Assert.Equal(sheet, Href(site, issue + "a/index.html", "Toolbox im Artikel"));
            Assert.Equal(sheet, Href(site, issue + "a/index.html", "per Referenz"));
            Assert.Equal(sheet, Href(site, issue + "index.html", "Toolbox im Editorial"));
            Assert.True(site.OutputExists(sheet.TrimStart('/') + "index.html"));
        }
        Assert.Equal("/de/gute-praxis/kmu-werkzeugkiste/", Href(site, "de/ueber-uns/index.html", "Toolbox auf der Seite"));
        Assert.Equal("/en/good-practice/kmu-toolbox/", Href(site, "en/about/index.html", "Toolbox auf der Seite"));
    }

    [Fact]
    public void Link_to_a_draft_sheet_is_an_error_unless_drafts_are_built()
    {
        var files = Site(
            SiteFiles.Sheet("entwurf", "de", extra: "draft: true\n"),
            SiteFiles.Sheet("entwurf", "en", extra: "draft: true\n"),
            Both(l => Issue("s", "2022-01", l)),
            Both(l => Article("s", "2022-01", "a", l, 1, body: "[Entwurf](good-practice:entwurf)")));

        using (var site = TestSite.Create(files))
        {
            var result = site.Build();
            Assert.Equal(
                [
                    $"{Issue01}/a.de.md:8:1: error: no good-practice sheet 'entwurf' in 'de': the key is the sheet's file name in content/good-practice/ without .de.md",
                    $"{Issue01}/a.en.md:8:1: error: no good-practice sheet 'entwurf' in 'en': the key is the sheet's file name in content/good-practice/ without .en.md",
                ],
                result.Diagnostics.Select(d => d.ToString()));
        }
        using (var site = TestSite.Create(files))
        {
            site.BuildSucceeds(site.Options with { IncludeDrafts = true });
            Assert.Equal("/de/gute-praxis/entwurf/", Href(site, "de/newsletter/s/2022-01/a/index.html", "Entwurf"));
        }
    }
}
