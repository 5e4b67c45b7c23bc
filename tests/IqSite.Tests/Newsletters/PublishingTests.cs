using IqSite.Tests.Fixtures;
using static IqSite.Tests.Newsletters.NewsletterFiles;

namespace IqSite.Tests.Newsletters;

/// <summary>
/// What goes live: drafts and issues dated after today are held back, with everything that hangs
/// off them (articles, series archive, feeds, sitemap, home page), unless the build asks for them.
/// "Today" is fixed at 2023-01-01 so the tests never depend on the clock.
/// </summary>
public sealed class PublishingTests
{
    private static readonly DateOnly Today = new(2023, 1, 1);

    private static BuildOptions Options(TestSite site, bool drafts = false, bool future = false) =>
        site.Options with { Today = Today, IncludeDrafts = drafts, IncludeFuture = future };

    /// <summary>Series s with issue 2022-12 (published, articles a and b) and one more issue of the caller's.</summary>
    private static string Site(params string[] more) => SiteFiles.Join([
        Base,
        Both(l => Series("s", l)),
        Both(l => Issue("s", "2022-12", l, date: "2022-12-15")),
        Both(l => Article("s", "2022-12", "a", l, 1)),
        Both(l => Article("s", "2022-12", "b", l, 2)),
        .. more]);

    private static string FutureIssue => SiteFiles.Join(
        Both(l => Issue("s", "2023-01", l, date: "2023-02-01")),
        Both(l => Article("s", "2023-01", "zukunft", l, 1)));

    private static readonly string[] Languages = ["de", "en"];

    /// <summary>Every place a held-back issue could leak: its pages, the archive, both feeds, the sitemap and the home page.</summary>
    private static void AssertNotPublished(TestSite site, string folder, params string[] articles)
    {
        var sitemap = Sitemap.AllText(site.Output);
        foreach (var language in Languages)
        {
            var issueUrl = $"/{language}/{Section(language)}/s/{folder}/";
            Assert.False(site.OutputExists($"{issueUrl.TrimStart('/')}index.html"), $"{issueUrl} was built");
            foreach (var article in articles)
                Assert.False(site.OutputExists($"{issueUrl.TrimStart('/')}{article}/index.html"), $"{issueUrl}{article}/ was built");
            foreach (var file in new[] { $"{language}/{Section(language)}/s/index.html", $"{language}/{Section(language)}/index.html", $"{language}/index.html" })
                Assert.DoesNotContain(issueUrl, site.ReadOutput(file));
            foreach (var feed in new[] { $"{language}/feed.xml", $"{language}/{Section(language)}/s/feed.xml" })
                Assert.DoesNotContain(issueUrl, site.ReadOutput(feed));
            Assert.DoesNotContain(issueUrl, sitemap);
        }
    }

    private static void AssertPublished(TestSite site, string folder, params string[] articles)
    {
        var sitemap = Sitemap.AllText(site.Output);
        foreach (var language in Languages)
        {
            var issueUrl = $"/{language}/{Section(language)}/s/{folder}/";
            Assert.True(site.OutputExists($"{issueUrl.TrimStart('/')}index.html"), $"{issueUrl} was not built");
            foreach (var article in articles)
                Assert.True(site.OutputExists($"{issueUrl.TrimStart('/')}{article}/index.html"), $"{issueUrl}{article}/ was not built");
            var series = Html.Parse(site.ReadOutput($"{language}/{Section(language)}/s/index.html"));
            Assert.Contains(issueUrl, series.QuerySelectorAll("main section a").Select(a => a.GetAttribute("href")));
            foreach (var feed in new[] { $"{language}/feed.xml", $"{language}/{Section(language)}/s/feed.xml" })
                Assert.Contains($"https://example.org{issueUrl}", site.ReadOutput(feed));
            Assert.Contains($"<loc>https://example.org{issueUrl}</loc>", sitemap);
        }
    }

    [Fact]
    public void Issue_dated_after_today_and_its_articles_are_held_back()
    {
        using var site = TestSite.Create(Site(FutureIssue));

        site.BuildSucceeds(Options(site));

        AssertPublished(site, "2022-12", "a", "b");
        AssertNotPublished(site, "2023-01", "zukunft");
    }

    [Fact]
    public void Issue_dated_after_today_is_built_with_include_future()
    {
        using var site = TestSite.Create(Site(FutureIssue));

        site.BuildSucceeds(Options(site, future: true));

        AssertPublished(site, "2022-12", "a", "b");
        AssertPublished(site, "2023-01", "zukunft");
        // Newest first, also on the home page.
        var home = Html.Parse(site.ReadOutput("de/index.html"));
        Assert.Equal("/de/newsletter/s/2023-01/", home.QuerySelector("section[aria-labelledby='latest-issues-heading'] .issue-card a")!.GetAttribute("href"));
    }

    [Fact]
    public void Issue_dated_today_is_published()
    {
        using var site = TestSite.Create(Site(
            Both(l => Issue("s", "2023-01", l, date: "2023-01-01")),
            Both(l => Article("s", "2023-01", "heute", l, 1))));

        site.BuildSucceeds(Options(site));

        AssertPublished(site, "2023-01", "heute");
    }

    [Fact]
    public void Series_whose_only_issue_lies_in_the_future_still_builds()
    {
        using var site = TestSite.Create(SiteFiles.Join(Base,
            Both(l => Series("s", l)),
            Both(l => Series("t", l)),
            Both(l => Issue("s", "2022-12", l, date: "2022-12-15")),
            Both(l => Issue("t", "2023-01", l, date: "2023-02-01"))));

        site.BuildSucceeds(Options(site));

        Assert.False(site.OutputExists("de/newsletter/t/2023-01/index.html"));
        Assert.DoesNotContain("/de/newsletter/t/2023-01/", site.ReadOutput("de/newsletter/t/feed.xml"));
    }

    [Fact]
    public void Draft_issue_and_its_articles_are_held_back()
    {
        using var site = TestSite.Create(Site(
            Both(l => Issue("s", "2022-11", l, date: "2022-11-15", extra: "draft: true\n")),
            Both(l => Article("s", "2022-11", "entwurf", l, 1))));

        site.BuildSucceeds(Options(site));

        AssertPublished(site, "2022-12", "a", "b");
        AssertNotPublished(site, "2022-11", "entwurf");
    }

    [Fact]
    public void Draft_issue_is_built_with_include_drafts_and_carries_the_draft_banner()
    {
        using var site = TestSite.Create(Site(
            Both(l => Issue("s", "2022-11", l, date: "2022-11-15", extra: "draft: true\n")),
            Both(l => Article("s", "2022-11", "entwurf", l, 1))));

        site.BuildSucceeds(Options(site, drafts: true));

        foreach (var language in Languages)
        {
            var folder = $"{language}/{Section(language)}/s/2022-11/";
            Assert.True(site.OutputExists(folder + "index.html"), $"{folder} was not built with drafts");
            Assert.True(site.OutputExists(folder + "entwurf/index.html"), $"{folder}entwurf/ was not built with drafts");
            Assert.NotNull(Html.Parse(site.ReadOutput(folder + "index.html")).QuerySelector("main .draft-banner"));
            // Published pages carry no banner.
            Assert.Null(Html.Parse(site.ReadOutput($"{language}/{Section(language)}/s/2022-12/index.html")).QuerySelector(".draft-banner"));
        }
    }

    [Fact]
    public void Draft_article_alone_is_held_back_while_its_issue_is_published()
    {
        using var site = TestSite.Create(Site(
            Both(l => Article("s", "2022-12", "c", l, 3, extra: "draft: true\n")),
            Both(l => Article("s", "2022-12", "d", l, 4))));

        site.BuildSucceeds(Options(site));

        AssertPublished(site, "2022-12", "a", "b", "d");
        foreach (var language in Languages)
        {
            var issue = $"/{language}/{Section(language)}/s/2022-12/";
            Assert.False(site.OutputExists($"{issue.TrimStart('/')}c/index.html"), $"the draft article {issue}c/ was built");
            var contents = Html.Parse(site.ReadOutput($"{issue.TrimStart('/')}index.html")).QuerySelectorAll("ol.contents a").Select(a => a.GetAttribute("href"));
            Assert.Equal([$"{issue}a/", $"{issue}b/", $"{issue}d/"], contents);
            // The neighbours skip the held-back article.
            var b = Html.Parse(site.ReadOutput($"{issue.TrimStart('/')}b/index.html"));
            Assert.Equal($"{issue}d/", b.QuerySelector("a[rel=next]")!.GetAttribute("href"));
            var d = Html.Parse(site.ReadOutput($"{issue.TrimStart('/')}d/index.html"));
            Assert.Equal($"{issue}b/", d.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
            Assert.DoesNotContain($"{issue}c/", Sitemap.AllText(site.Output));
        }
    }

    [Fact]
    public void Draft_article_is_built_with_include_drafts_and_carries_the_draft_banner()
    {
        using var site = TestSite.Create(Site(Both(l => Article("s", "2022-12", "c", l, 3, extra: "draft: true\n"))));

        site.BuildSucceeds(Options(site, drafts: true));

        foreach (var language in Languages)
        {
            var issue = $"{language}/{Section(language)}/s/2022-12/";
            var draft = Html.Parse(site.ReadOutput(issue + "c/index.html"));
            Assert.NotNull(draft.QuerySelector("main .draft-banner"));
            Assert.Null(Html.Parse(site.ReadOutput(issue + "a/index.html")).QuerySelector(".draft-banner"));
            Assert.Contains($"/{issue}c/", Html.Parse(site.ReadOutput(issue + "index.html")).QuerySelectorAll("ol.contents a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Draft_issue_dated_in_the_future_needs_both_drafts_and_future()
    {
        var issue = SiteFiles.Join(
            Both(l => Issue("s", "2023-01", l, date: "2023-02-01", extra: "draft: true\n")),
            Both(l => Article("s", "2023-01", "zukunft", l, 1)));

        using (var site = TestSite.Create(Site(issue)))
        {
            site.BuildSucceeds(Options(site, drafts: true));
            AssertNotPublished(site, "2023-01", "zukunft");
        }
        using (var site = TestSite.Create(Site(issue)))
        {
            site.BuildSucceeds(Options(site, future: true));
            AssertNotPublished(site, "2023-01", "zukunft");
        }
        using (var site = TestSite.Create(Site(issue)))
        {
            site.BuildSucceeds(Options(site, drafts: true, future: true));
            Assert.True(site.OutputExists("de/newsletter/s/2023-01/zukunft/index.html"));
        }
    }
}
