using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IqSite.Tests.Fixtures;
using IqSite.Tests.Sample;

namespace IqSite.Tests.Newsletters;

/// <summary>
/// The sample newsletters as readers meet them, in every language: index of series, series archive by
/// year, issue with cover, editorial and contents, articles with previous/next, latest issues on the
/// home page, good-practice links and embedded figures. Expectations come from input/ itself.
/// </summary>
public sealed partial class NewsletterPagesTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static SampleNewsletters Content => SampleNewsletters.Instance;

    public static TheoryData<string> Languages() => [.. SampleNewsletters.Instance.Languages];

    private IDocument Page(string url)
    {
        var file = Path.Combine(sample.Output, SampleNewsletters.PageFile(url));
        Assert.True(File.Exists(file), $"{url} has no page (output/{SampleNewsletters.PageFile(url)})");
        return Html.Parse(File.ReadAllText(file));
    }

    [Fact]
    public void Sample_has_newsletters_in_every_language()
    {
        sample.AssertBuilt();
        foreach (var language in Content.Languages)
        {
            Assert.Contains(Content.Series, s => s.Language == language);
            Assert.Contains(Content.Issues, i => i.Language == language && i.Articles.Count > 1);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Index_lists_every_series(string language)
    {
        sample.AssertBuilt();

        var index = Page(Content.IndexUrl(language));

        var listed = index.QuerySelectorAll("main .series-summary h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Content.Series.Where(s => s.Language == language).Select(s => s.Url).Order(StringComparer.Ordinal),
            listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Issue_page_shows_cover_editorial_and_contents_in_order(string language)
    {
        sample.AssertBuilt();

        foreach (var issue in Content.Issues.Where(i => i.Language == language))
        {
            var page = Page(issue.Url);

            if (issue.Cover is not null)
            {
                var cover = page.QuerySelector("main img.issue-cover-large");
                Assert.True(cover is not null, $"{issue.Url}: no cover image");
                Assert.Equal(issue.CoverAlt, cover!.GetAttribute("alt"));
                var src = cover.GetAttribute("src")!;
                Assert.EndsWith("/" + issue.Cover, src);
                Assert.True(sample.Exists(src.TrimStart('/')), $"{issue.Url}: cover {src} was not published");
            }

            if (issue.Pdf is not null)
            {
                var download = page.QuerySelectorAll("main a[download]").Select(a => a.GetAttribute("href")!).SingleOrDefault(h => h.EndsWith("/" + issue.Pdf, StringComparison.Ordinal));
                Assert.True(download is not null, $"{issue.Url}: no download link to {issue.Pdf}");
                Assert.True(sample.Exists(download!.TrimStart('/')), $"{issue.Url}: {download} was not published");
            }

            var editorial = Normalize(page.QuerySelector("main .issue-layout .prose")?.TextContent ?? "");
            foreach (var paragraph in Paragraphs(issue.Body))
                Assert.True(editorial.Contains(paragraph, StringComparison.Ordinal), $"{issue.Url}: the editorial lacks '{paragraph}'");

            var contents = page.QuerySelectorAll("main ol.contents > li h3 a").Select(a => (a.GetAttribute("href"), Normalize(a.TextContent))).ToList();
            Assert.Equal(issue.Articles.Select(a => ((string?)a.Url, a.Title)), contents);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Article_links_to_its_issue_and_to_its_neighbours_in_contents_order(string language)
    {
        sample.AssertBuilt();

        foreach (var issue in Content.Issues.Where(i => i.Language == language))
            for (var i = 0; i < issue.Articles.Count; i++)
            {
                var article = issue.Articles[i];
                var page = Page(article.Url);
                Assert.Equal(article.Title, Normalize(page.QuerySelector("main h1")!.TextContent));
                Assert.Contains(issue.Url, page.QuerySelectorAll("main article a").Select(a => a.GetAttribute("href")));

                var previous = page.QuerySelectorAll("main a[rel~=prev]").Select(a => a.GetAttribute("href")).ToList();
                var next = page.QuerySelectorAll("main a[rel~=next]").Select(a => a.GetAttribute("href")).ToList();
                string?[] expectedPrevious = i == 0 ? [] : [issue.Articles[i - 1].Url];
                string?[] expectedNext = i == issue.Articles.Count - 1 ? [] : [issue.Articles[i + 1].Url];
                Assert.True(expectedPrevious.SequenceEqual(previous), $"{article.Url}: rel=prev is [{string.Join(", ", previous)}], expected [{string.Join(", ", expectedPrevious)}]");
                Assert.True(expectedNext.SequenceEqual(next), $"{article.Url}: rel=next is [{string.Join(", ", next)}], expected [{string.Join(", ", expectedNext)}]");
            }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Series_page_groups_issues_by_year_newest_first(string language)
    {
        sample.AssertBuilt();

        foreach (var series in Content.Series.Where(s => s.Language == language))
        {
            var page = Page(series.Url);
            var expected = series.Issues
                .GroupBy(i => i.Date.Year)
                .OrderByDescending(g => g.Key)
                .Select(g => (g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(' ', g.OrderByDescending(i => i.Date).Select(i => i.Url))))
                .ToList();

            var years = page.QuerySelectorAll("main section")
                .Where(s => s.QuerySelector("h2") is { } h && YearPattern().IsMatch(h.TextContent.Trim()))
                .Select(s => (s.QuerySelector("h2")!.TextContent.Trim(),
                    string.Join(' ', s.QuerySelectorAll(".issue-card h3 a").Select(a => a.GetAttribute("href")))))
                .ToList();

            Assert.Equal(expected, years);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Home_page_shows_the_latest_issues_newest_first(string language)
    {
        sample.AssertBuilt();
        var newest = Content.Issues.Where(i => i.Language == language).OrderByDescending(i => i.Date).ThenByDescending(i => i.Url, StringComparer.Ordinal).ToList();

        var home = Page($"/{language}/");

        var block = home.QuerySelector("main section[aria-labelledby='latest-issues-heading']");
        Assert.True(block is not null, $"/{language}/ has no latest-issues block");
        var cards = block!.QuerySelectorAll(".issue-card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(cards);
        Assert.Equal(newest[0].Url, cards[0]);
        Assert.Equal(newest.Take(cards.Count).Select(i => i.Url), cards);
        Assert.Equal(Content.IndexUrl(language), block.QuerySelector("a.button")?.GetAttribute("href"));
    }

    [Fact]
    public void Series_issues_and_articles_link_their_translations()
    {
        sample.AssertBuilt();
        // One URL per language for each source file name without its language, e.g. newsletters/iq-sachsen/2016-01/_index.
        var pages = Content.Series.Select(s => (Key: $"series:{s.Key}", s.Language, s.Url))
            .Concat(Content.Issues.Select(i => (Key: i.File[..^".xx.md".Length], i.Language, i.Url)))
            .Concat(Content.Articles.Select(a => (Key: a.File[..^".xx.md".Length], a.Language, a.Url)))
            .GroupBy(p => p.Key)
            .ToList();
        Assert.Contains(pages, g => g.Count() > 1);

        foreach (var group in pages)
            foreach (var page in group)
            {
                var alternates = Html.Alternates(Page(page.Url));
                foreach (var other in group)
                    Assert.True(alternates.Contains((other.Language, sample.BaseUrl + other.Url.TrimStart('/'))),
                        $"{page.Url} does not name {other.Url} as its '{other.Language}' version (alternates: {string.Join(", ", alternates)})");
            }
    }

    [Fact]
    public void Good_practice_links_resolve_to_the_sheet_in_the_pages_language()
    {
        sample.AssertBuilt();
        var checkedLinks = 0;

        foreach (var article in Content.Articles)
        {
            var links = GoodPracticeLink().Matches(article.Body);
            if (links.Count == 0) continue;
            var hrefs = Page(article.Url).QuerySelectorAll("main .prose a").Select(a => (Text: Normalize(a.TextContent), Href: a.GetAttribute("href"))).ToList();
            foreach (Match link in links)
            {
                var (text, key) = (Normalize(link.Groups["text"].Value), link.Groups["key"].Value);
                var sheet = Assert.Single(sample.Sheets, s => s.File == $"{key}.{article.Language}.md");
                var expected = $"/{article.Language}/{Content.Sections[article.Language].GoodPractice}/{sheet.Slug}/";
                Assert.True(hrefs.Contains((text, expected)), $"{article.File}: the link '{text}' to {key} should point to {expected}; links on the page: {string.Join(", ", hrefs)}");
                Assert.True(sample.Exists(SampleNewsletters.PageFile(expected)), $"{article.File}: {expected} was not built");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 0, "the sample newsletters have no good-practice: links to check");
    }

    [Fact]
    public void No_good_practice_scheme_is_left_in_any_html_file()
    {
        sample.AssertBuilt();

        var left = Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("good-practice:", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(sample.Output, f))
            .ToList();

        Assert.True(left.Count == 0, "'good-practice:' left in:\n" + string.Join('\n', left));
    }

    [Fact]
    public void Embedded_figures_in_newsletters_are_rendered_in_every_language()
    {
        sample.AssertBuilt();
        var checkedFigures = 0;

        foreach (var article in Content.Articles)
        {
            var ids = FigureEmbed().Matches(article.Body).Select(m => m.Groups["id"].Value).ToList();
            if (ids.Count == 0) continue;
            var page = Page(article.Url);
            Assert.DoesNotContain("::figure", page.QuerySelector("main")!.TextContent);
            var figures = page.QuerySelectorAll("main .prose figure.figure-embed").ToList();
            Assert.Equal(ids.Count, figures.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                var figurePage = $"/{article.Language}/{Content.Sections[article.Language].Figures}/{ids[i]}/";
                Assert.True(figures[i].QuerySelector(".chart svg[role='img'] desc") is not null, $"{article.File}: figure {ids[i]} has no chart");
                Assert.Equal(figurePage, figures[i].QuerySelector("figcaption a")?.GetAttribute("href"));
                Assert.True(sample.Exists(SampleNewsletters.PageFile(figurePage)), $"{article.File}: {figurePage} was not built");
                checkedFigures++;
            }
        }
        Assert.True(checkedFigures > 0, "the sample newsletters embed no figures to check");
        // Every language has them, not just one.
        foreach (var language in Content.Languages)
            Assert.Contains(Content.Articles, a => a.Language == language && FigureEmbed().IsMatch(a.Body));
    }

    /// <summary>Plain-text paragraphs of Markdown (no headings, lists or embeds), with links reduced to their text.</summary>
    private static IEnumerable<string> Paragraphs(string markdown) =>
        markdown.Replace("\r\n", "\n").Split("\n\n")
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && !p.StartsWith('#') && !p.StartsWith("- ", StringComparison.Ordinal) && !p.StartsWith("::", StringComparison.Ordinal) && !p.StartsWith('>'))
            .Select(p => Normalize(MarkdownLink().Replace(p, "${text}").Replace("**", "").Replace("*", "")));

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\(good-practice:(?<key>[^)\s]+)\)")]
    private static partial Regex GoodPracticeLink();

    [GeneratedRegex(@"^::figure\[(?<id>[^\]]+)\]\s*$", RegexOptions.Multiline)]
    private static partial Regex FigureEmbed();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[0-9]{4}$")]
    private static partial Regex YearPattern();
}
