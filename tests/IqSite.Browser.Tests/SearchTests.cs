using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IqSite.Browser.Tests;

/// <summary>
/// The search index (Pagefind, built by IqSite's search stage) queried in a real browser, the
/// search page and the good-practice finder. Expected sheets are read from the content files.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SearchTests(SampleSiteInBrowser served, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("de", "Erklärkarten", "erklaerkarten")]
    [InlineData("de", "Apotheker", "apo-online")]
    [InlineData("en", "pharmacists", "apo-online")]
    [InlineData("en", "toolbox", "kmu-toolbox")]
    public async Task The_language_index_ranks_the_expected_sheet_first(string language, string query, string sheet)
    {
        Chromium.RequireOrSkip();
        var page = await SearchPageAsync(language);

        var urls = await page.EvaluateAsync<string[]>(
            "async q => { const pf = await import('/pagefind/pagefind.js'); const r = await pf.search(q); return Promise.all(r.results.slice(0, 5).map(async x => (await x.data()).url)); }",
            query);

        Assert.NotEmpty(urls);
        Assert.Equal(SheetUrl(sheet, language), urls[0]);
    }

    [SkippableFact]
    public async Task A_word_found_only_inside_brochure_PDFs_leads_to_the_publication_pages_download_block()
    {
        Chromium.RequireOrSkip();
        var page = await SearchPageAsync("de");

        // Every sample PDF says on its first page that it is not the original publication; no page does.
        var urls = await page.EvaluateAsync<string[]>(
            "async () => { const pf = await import('/pagefind/pagefind.js'); const r = await pf.search('Originalpublikation'); return Promise.all(r.results.map(async x => (await x.data()).url)); }");

        var publications = served.Pages.Get(TemplatePages.Publications, "de").Path;
        // One record per German PDF (the 'files' entries with language: de).
        var germanPdfs = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "input", "content", "publications"), "_index.de.md", SearchOption.AllDirectories)
            .Sum(f => File.ReadLines(f).Count(l => l.Trim() == "language: de"));
        Assert.Equal(germanPdfs, urls.Length);
        Assert.All(urls, url => Assert.Matches($"^{Regex.Escape(publications)}[a-z0-9-]+/#downloads$", url));
    }

    [SkippableFact]
    public async Task Filtering_by_network_Sachsen_returns_exactly_the_sheets_whose_front_matter_names_Sachsen()
    {
        Chromium.RequireOrSkip();
        var page = await SearchPageAsync("de");

        var urls = await page.EvaluateAsync<string[]>(
            "async () => { const pf = await import('/pagefind/pagefind.js'); const r = await pf.search(null, { filters: { networks: 'Sachsen' } }); return Promise.all(r.results.map(async x => (await x.data()).url)); }");

        var expected = Sheets("de").Where(s => s.Network == "sachsen").Select(s => SheetUrl(s.Key, "de")).Order().ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, urls.Order().ToArray());
    }

    [SkippableFact]
    public async Task Typing_on_the_search_page_shows_the_sheet_and_a_filter_narrows_the_results_and_the_address_holds_the_query()
    {
        Chromium.RequireOrSkip();
        var page = await SearchPageAsync("de");
        await page.Locator("#search-q").FillAsync("Apotheker");

        var first = page.Locator(".search-results li a").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("href", SheetUrl("apo-online", "de"));
        var status = await page.Locator("[data-search-status]").TextContentAsync();
        var all = await page.Locator(".search-results li").CountAsync();
        Assert.Contains(all.ToString(CultureInfo.InvariantCulture), status);
        Assert.Contains("?q=Apotheker", page.Url);

        await page.Locator("[data-facet='type'] label", new() { HasTextRegex = GoodPracticeLabel() }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-search-status]")).Not.ToHaveTextAsync(status!);
        var narrowed = await page.Locator(".search-results li").CountAsync();
        Assert.InRange(narrowed, 1, all - 1);
        Assert.All(await page.Locator(".search-results li .meta").AllTextContentsAsync(), meta => Assert.StartsWith("Gute Praxis", meta));
    }

    [SkippableFact]
    public async Task The_finder_narrows_the_good_practice_list_to_the_sheets_of_the_chosen_network()
    {
        Chromium.RequireOrSkip();
        await served.Site.WaitForSearchIndexAsync();
        await using var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.List, "de").Path));
        await Assertions.Expect(page.Locator("[data-search][data-fixed-type]")).ToBeVisibleAsync();

        var label = page.Locator("[data-facet='networks'] label", new() { HasTextRegex = new Regex("^Hessen ") });
        var expected = Sheets("de").Count(s => s.Network == "hessen");
        await Assertions.Expect(label).ToHaveTextAsync($"Hessen ({expected})");
        await label.ClickAsync();

        await Assertions.Expect(page.Locator("[data-static-results]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".search-results li")).ToHaveCountAsync(expected);
        Assert.Contains(expected.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-search-status]").TextContentAsync());

        // Unchecking brings the complete static list back.
        await label.ClickAsync();
        await Assertions.Expect(page.Locator("[data-static-results]")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task The_first_query_downloads_less_than_150_kB()
    {
        Chromium.RequireOrSkip();
        await served.Site.WaitForSearchIndexAsync();
        await using var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();
        var bytes = new List<(string Url, long Size)>();
        page.RequestFinished += async (_, request) =>
        {
            if (!request.Url.Contains("/pagefind/", StringComparison.Ordinal)) return;
            var sizes = await request.SizesAsync();
            // The body as transferred (compressed where the server compresses, as Netlify does).
            lock (bytes) bytes.Add((request.Url, sizes.ResponseBodySize));
        };
        await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Search, "de").Path) + "?q=Apotheker");
        await Assertions.Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total;
        lock (bytes) total = bytes.Sum(b => b.Size);
        lock (bytes)
            foreach (var (url, size) in bytes.OrderByDescending(b => b.Size))
                output.WriteLine($"{size,8} B  {new Uri(url).AbsolutePath}");
        output.WriteLine($"first query 'Apotheker' on the German search page: {total} bytes from /pagefind/ ({total / 1024.0:0.0} KiB)");
        Console.WriteLine($"search: first query downloads {total} bytes from /pagefind/ ({total / 1024.0:0.0} KiB, limit 150 kB)");
        Assert.InRange(total, 1, 150_000);
    }

    private async Task<IPage> SearchPageAsync(string language)
    {
        await served.Site.WaitForSearchIndexAsync();
        var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Search, language).Path));
        return page;
    }

    private string SheetUrl(string key, string language)
    {
        var sheet = Sheets(language).Single(s => s.Key == key);
        return $"{served.Pages.Get(TemplatePages.List, language).Path}{sheet.Slug}/";
    }

    private sealed record Sheet(string Key, string Slug, string Network);

    /// <summary>The sample sheets of a language as their files say: key, slug and network.</summary>
    private static IEnumerable<Sheet> Sheets(string language) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "input", "content", "good-practice"), $"*.{language}.md").Select(file =>
        {
            var text = File.ReadAllText(file);
            var key = Path.GetFileName(file)[..^$".{language}.md".Length];
            var slug = SlugLine().Match(text) is { Success: true } m ? m.Groups[1].Value : key;
            return new Sheet(key, slug, NetworkLine().Match(text).Groups[1].Value);
        }).Where(s => !File.ReadAllText(Path.Combine(RepositoryPaths.Root, "input", "content", "good-practice", $"{s.Key}.{language}.md")).Contains("\ndraft: true", StringComparison.Ordinal));

    [GeneratedRegex("^slug: \"?([a-z0-9-]+)\"?$", RegexOptions.Multiline)]
    private static partial Regex SlugLine();

    [GeneratedRegex("^network: ([a-z-]+)$", RegexOptions.Multiline)]
    private static partial Regex NetworkLine();

    [GeneratedRegex("^Gute Praxis ")]
    private static partial Regex GoodPracticeLabel();
}
