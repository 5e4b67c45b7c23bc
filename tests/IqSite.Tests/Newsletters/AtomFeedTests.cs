using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IqSite.Tests.Fixtures;
using IqSite.Tests.Sample;

namespace IqSite.Tests.Newsletters;

/// <summary>
/// The sample site's Atom feeds (RFC 4287): one per series and language plus one per language,
/// every entry pointing at a built page, and every page announcing the feeds that concern it.
/// </summary>
public sealed partial class AtomFeedTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static SampleNewsletters Content => SampleNewsletters.Instance;

    /// <summary>output-relative paths of every feed.xml the build wrote.</summary>
    private List<string> FeedFiles() =>
        [.. Directory.EnumerateFiles(sample.Output, "feed.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static string SeriesFeed(SampleSeries series) => $"{series.Url.TrimStart('/')}feed.xml";

    [Fact]
    public void There_is_a_feed_per_series_and_language_and_one_per_language()
    {
        sample.AssertBuilt();

        var expected = Content.Series.Select(SeriesFeed)
            .Concat(Content.Languages.Select(l => $"{l}/feed.xml"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, FeedFiles());
    }

    [Fact]
    public void Every_feed_is_well_formed_atom_whose_entries_point_at_built_pages()
    {
        sample.AssertBuilt();

        foreach (var path in FeedFiles())
        {
            var language = path.Split('/')[0];
            var feed = XDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, path))).Root!;

            Assert.Equal(Atom + "feed", feed.Name);
            Assert.Equal(language, (string?)feed.Attribute(Xml + "lang"));
            Assert.Equal(sample.BaseUrl + path, Text(feed, "id", path));
            Text(feed, "title", path);
            AssertTimestamp(Text(feed, "updated", path), path);
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value), $"{path}: no author/name");
            var self = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
            Assert.EndsWith("/" + path, (string?)self.Attribute("href"));
            Assert.Equal(sample.BaseUrl + path, (string?)self.Attribute("href"));

            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.NotEmpty(entries);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var id = Text(entry, "id", path);
                Assert.True(ids.Add(id), $"{path}: entry id {id} appears twice");
                Text(entry, "title", path);
                Text(entry, "summary", path);
                AssertTimestamp(Text(entry, "updated", path), path);
                var alternate = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
                var href = (string)alternate.Attribute("href")!;
                Assert.StartsWith(sample.BaseUrl + language + "/", href);
                var page = href[sample.BaseUrl.Length..].TrimEnd('/') + "/index.html";
                Assert.True(sample.Exists(page), $"{path}: entry {href} points at no built page (output/{page})");
            }
            // The feed is as new as its newest entry.
            Assert.Equal(entries.Select(e => Text(e, "updated", path)).Max(StringComparer.Ordinal), Text(feed, "updated", path));
        }
    }

    [Fact]
    public void Series_feed_lists_every_issue_of_the_series_newest_first()
    {
        sample.AssertBuilt();

        foreach (var series in Content.Series)
        {
            var feed = XDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, SeriesFeed(series)))).Root!;
            var links = feed.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "id")!).ToList();
            Assert.Equal(series.Issues.OrderByDescending(i => i.Date).Select(i => sample.BaseUrl + i.Url.TrimStart('/')), links);
        }
    }

    [Fact]
    public void Site_feed_of_a_language_lists_its_issues()
    {
        sample.AssertBuilt();

        foreach (var language in Content.Languages)
        {
            var feed = XDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, language, "feed.xml"))).Root!;
            var ids = feed.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "id")!).ToHashSet(StringComparer.Ordinal);
            foreach (var issue in Content.Issues.Where(i => i.Language == language))
                Assert.Contains(sample.BaseUrl + issue.Url.TrimStart('/'), ids);
        }
    }

    [Fact]
    public void Every_page_links_its_languages_feed_and_newsletter_pages_their_series_feed()
    {
        sample.AssertBuilt();
        var checkedPages = 0;

        foreach (var language in Content.Languages)
        {
            var seriesFeeds = Content.Series.Where(s => s.Language == language).ToDictionary(s => s.Url, s => "/" + SeriesFeed(s));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(sample.Output, language), "*.html", SearchOption.AllDirectories))
            {
                var url = "/" + Path.GetRelativePath(sample.Output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";
                // Figure embed pages are bare charts for other sites' iframes, not pages of this site.
                if (url.EndsWith("/embed/", StringComparison.Ordinal)) continue;
                var page = Html.Parse(File.ReadAllText(file));
                var feeds = page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']")
                    .Select(l => l.GetAttribute("href")).ToList();
                Assert.True(feeds.Contains($"/{language}/feed.xml"), $"{url} does not link /{language}/feed.xml (links: {string.Join(", ", feeds)})");
                var series = seriesFeeds.Keys.SingleOrDefault(s => url.StartsWith(s, StringComparison.Ordinal));
                var expected = series is null ? new[] { $"/{language}/feed.xml" } : new[] { $"/{language}/feed.xml", seriesFeeds[series] };
                Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(feeds.Order(StringComparer.Ordinal)),
                    $"{url}: feed links [{string.Join(", ", feeds)}], expected [{string.Join(", ", expected)}]");
                checkedPages++;
            }
        }
        Assert.True(checkedPages > Content.Issues.Count(), "too few pages checked");
    }

    [SkippableFact]
    public void Feeds_parse_as_atom_in_feedparser()
    {
        sample.AssertBuilt();
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        // The Debian package installs into the system Python, which a pyenv or venv python3 on PATH may hide.
        var python = new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Python(p, "-c", "import feedparser").ExitCode == 0);
        if (python is null && inCi) Assert.Fail("python3 with feedparser is required in CI (Debian: apt-get install python3-feedparser)");
        Skip.If(python is null, "python3 with feedparser is not installed (Debian: apt-get install python3-feedparser)");

        foreach (var path in FeedFiles())
        {
            var file = Path.Combine(sample.Output, path);
            var run = Python(python!, "-c",
                "import feedparser,sys,json; d=feedparser.parse(sys.argv[1]); print(json.dumps({\"bozo\": bool(d.bozo), \"version\": d.version, \"entries\": len(d.entries), \"problem\": str(d.get('bozo_exception', ''))}))",
                file);
            Assert.True(run.ExitCode == 0, $"{path}: feedparser failed: {run.Output}");
            using var result = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]);
            var root = result.RootElement;
            Assert.False(root.GetProperty("bozo").GetBoolean(), $"{path}: feedparser flags the feed as malformed: {root.GetProperty("problem").GetString()}");
            Assert.Equal("atom10", root.GetProperty("version").GetString());
            var entries = XDocument.Parse(File.ReadAllText(file)).Root!.Elements(Atom + "entry").Count();
            Assert.Equal(entries, root.GetProperty("entries").GetInt32());
        }
    }

    private static (int ExitCode, string Output) Python(string python, params string[] args)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "python3 did not finish within 60 s");
            }
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "python3 not found: " + e.Message);
        }
    }

    private static string Text(XElement parent, string name, string path)
    {
        var value = parent.Element(Atom + name)?.Value;
        Assert.False(string.IsNullOrWhiteSpace(value), $"{path}: <{parent.Name.LocalName}> has no <{name}>");
        return value!;
    }

    /// <summary>RFC 3339 date-time, e.g. 2022-12-15T00:00:00Z, and a real date.</summary>
    private static void AssertTimestamp(string value, string path)
    {
        Assert.True(Rfc3339().IsMatch(value), $"{path}: '{value}' is not an RFC 3339 timestamp");
        Assert.True(DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed), $"{path}: '{value}' is not a date");
        Assert.True(parsed.Year >= 2000, $"{path}: '{value}' is not a plausible publication date");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
