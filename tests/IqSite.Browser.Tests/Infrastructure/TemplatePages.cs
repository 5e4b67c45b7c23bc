using System.Collections;
using Microsoft.Playwright;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// One page of every template in every language of the served site. The addresses are found by
/// following the built pages' own links (chooser → home → list → sheet, taxonomy, term …), not
/// hard-coded, so renamed slugs or new languages need no change here.
/// </summary>
public sealed class TemplatePages : IReadOnlyList<TemplatePage>
{
    public const string Chooser = "language-chooser";
    public const string Home = "home";
    public const string Page = "page";
    public const string List = "good-practice-list";
    public const string ListPage2 = "good-practice-list, page 2";
    public const string Sheet = "good-practice";
    public const string Taxonomy = "taxonomy";
    public const string Term = "term";
    public const string FigureIndex = "figure-index";
    public const string Figure = "figure";
    public const string FigureEmbed = "figure-embed";
    public const string Networks = "networks";
    public const string Network = "network";
    public const string Newsletters = "newsletters";
    public const string Series = "series";
    public const string Issue = "issue";
    public const string Article = "article";
    public const string Publications = "publications";
    public const string Publication = "publication";
    public const string Exhibits = "exhibits";
    public const string Exhibit = "exhibit";
    public const string Portrait = "portrait";
    public const string Search = "search";
    public const string NotFound = "404";

    private readonly IReadOnlyList<TemplatePage> _pages;

    private TemplatePages(IReadOnlyList<TemplatePage> pages) => _pages = pages;

    public TemplatePage this[int index] => _pages[index];

    public int Count => _pages.Count;

    public IEnumerable<string> Languages => _pages.Select(p => p.Language).Where(l => l.Length > 0).Distinct();

    public TemplatePage Get(string template, string language) =>
        _pages.SingleOrDefault(p => p.Template == template && p.Language == language)
        ?? throw new InvalidOperationException($"No {template} page found for language '{language}'.");

    public IEnumerator<TemplatePage> GetEnumerator() => _pages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static async Task<TemplatePages> DiscoverAsync(IPage page, ServedSite site)
    {
        var pages = new List<TemplatePage> { new(Chooser, "", "/") };
        var root = await page.GotoAsync(site.Url("/").ToString());
        // A failed build still serves: an error page with status 500 that links nowhere; say so, with the build's output.
        if (root is null || !root.Ok)
            throw new InvalidOperationException($"The served site answers / with HTTP {root?.Status}; the preview's log:\n{site.Log}");
        var homes = await page.EvalOnSelectorAllAsync<string[][]>(".chooser-list a[hreflang]",
            "links => links.map(a => [a.getAttribute('hreflang'), a.pathname])");
        if (homes.Length == 0) throw new InvalidOperationException("The language chooser at / links to no language (.chooser-list a[hreflang]).");

        foreach (var home in homes)
        {
            var (language, homePath) = (home[0], home[1]);
            pages.Add(new(Home, language, homePath));
            // The home page's call to action leads to the list of all sheets.
            var list = await LinkAsync(page, site, homePath, "main a.button", "the good-practice list");
            var figures = await MenuEntryAsync(page, site, homePath, ".figure-topic", "the figure index");
            var newsletters = await MenuEntryAsync(page, site, homePath, ".series-summary", "the newsletter index");
            var networks = await MenuEntryAsync(page, site, homePath, ".network-map", "the networks overview");
            var publications = await MenuEntryAsync(page, site, homePath, ".publication-list", "the publications library");
            var exhibits = await MenuEntryAsync(page, site, homePath, ".exhibit-card", "the exhibitions");
            var search = await MenuEntryAsync(page, site, homePath, ".search-page", "the search page");
            pages.Add(new(Page, language, await PlainPageAsync(page, site, homePath, [homePath, list, figures, newsletters, networks, publications, exhibits, search])));
            pages.Add(new(Search, language, search));
            pages.Add(new(List, language, list));
            var next = await OptionalLinkAsync(page, site, list, ".pagination a[rel='next']");
            if (next is not null) pages.Add(new(ListPage2, language, next));
            pages.Add(new(Sheet, language, await LinkAsync(page, site, list, ".cards .card-title a", "a good-practice sheet")));
            var taxonomy = await LinkAsync(page, site, list, ".browse h3 a", "a taxonomy");
            pages.Add(new(Taxonomy, language, taxonomy));
            pages.Add(new(Term, language, await LinkAsync(page, site, taxonomy, ".term-list a", "a term")));
            pages.Add(new(FigureIndex, language, figures));
            var figure = await LinkAsync(page, site, figures, ".figure-topic .card-title a", "a figure page");
            pages.Add(new(Figure, language, figure));
            pages.Add(new(FigureEmbed, language, await LinkAsync(page, site, figure, "main a[href$='/embed/']", "the figure's embed page")));
            pages.Add(new(Networks, language, networks));
            pages.Add(new(Network, language, await LinkAsync(page, site, networks, ".network-list a", "a state network")));
            pages.Add(new(Newsletters, language, newsletters));
            var series = await LinkAsync(page, site, newsletters, ".series-summary h2 a", "a newsletter series");
            pages.Add(new(Series, language, series));
            var issue = await LinkAsync(page, site, series, ".issue-card .card-title a", "an issue");
            pages.Add(new(Issue, language, issue));
            pages.Add(new(Article, language, await LinkAsync(page, site, issue, ".contents h3 a", "an article")));
            pages.Add(new(Publications, language, publications));
            pages.Add(new(Publication, language, await LinkAsync(page, site, publications, ".publication-card .card-title a", "a publication")));
            pages.Add(new(Exhibits, language, exhibits));
            var exhibit = await LinkAsync(page, site, exhibits, ".exhibit-card .card-title a", "an exhibition");
            pages.Add(new(Exhibit, language, exhibit));
            pages.Add(new(Portrait, language, await LinkAsync(page, site, exhibit, ".portrait-grid h3 a", "a portrait")));
            // Netlify serves /<lang>/404.html for unknown addresses under /<lang>/; the root 404.html is a copy of the default language's.
            pages.Add(new(NotFound, language, homePath + "404.html"));
        }
        return new TemplatePages(pages);
    }

    /// <summary>The main-menu entry whose page has an element matching <paramref name="marker"/>.</summary>
    private static async Task<string> MenuEntryAsync(IPage page, ServedSite site, string homePath, string marker, string purpose)
    {
        await page.GotoAsync(site.Url(homePath).ToString());
        var entries = await page.EvalOnSelectorAllAsync<string[]>(".main-nav a", "links => links.map(a => a.pathname)");
        foreach (var entry in entries)
        {
            await page.GotoAsync(site.Url(entry).ToString());
            if (await page.QuerySelectorAsync(marker) is not null) return entry;
        }
        throw new InvalidOperationException($"No main-menu entry of {homePath} leads to {purpose} ({marker}).");
    }

    /// <summary>The path of the first link matching <paramref name="selector"/> on the page at <paramref name="path"/>.</summary>
    /// <param name="purpose">What the link leads to, for the message when it is missing.</param>
    private static async Task<string> LinkAsync(IPage page, ServedSite site, string path, string selector, string purpose) =>
        await OptionalLinkAsync(page, site, path, selector)
        ?? throw new InvalidOperationException($"No link '{selector}' on {path} to find {purpose}.");

    private static async Task<string?> OptionalLinkAsync(IPage page, ServedSite site, string path, string selector)
    {
        if (new Uri(page.Url).AbsolutePath != path) await page.GotoAsync(site.Url(path).ToString());
        return await page.EvaluateAsync<string?>("s => document.querySelector(s)?.pathname ?? null", selector);
    }

    /// <summary>A plain content page: the first menu entry (main menu, then footer) that is none of <paramref name="special"/>.</summary>
    private static async Task<string> PlainPageAsync(IPage page, ServedSite site, string home, string[] special)
    {
        await page.GotoAsync(site.Url(home).ToString());
        var menus = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.main-nav a, .site-footer nav a')].map(a => a.pathname)");
        return menus.FirstOrDefault(p => !special.Contains(p))
            ?? throw new InvalidOperationException($"No plain page linked from the menus of {home}.");
    }
}
