using System.Collections.Concurrent;
using System.Globalization;
using Markdig;
using IqSite.Assemble;
using IqSite.Parse;

namespace IqSite.Render;

/// <summary>Builds the page type's own view model: the part inside &lt;main&gt;.</summary>
/// <param name="bodyStandIn">Set for the view a page's render key is made from: what stands in for its Markdown HTML.</param>
internal sealed partial class MainViewBuilder(SiteModel site, MarkdownPipeline markdown, Func<Page, string>? bodyStandIn = null)
{
    // One per language, not per page: each holds a table of all the language's sheets.
    private readonly Lazy<Dictionary<string, Func<string, string>>> _linkRewriters = new(() => site.Languages.ToDictionary(
        l => l.Language.Code, l => SiteLinks.Rewriter(l, GoodPracticeLinks.Rewriter(l)), StringComparer.Ordinal));

    public (string Layout, object Main, IReadOnlyList<Crumb> Crumbs) Build(Page page)
    {
        // Inside <main>, a fallback page is written in its text's language (dates, labels); its links stay in this language's site.
        var culture = site.Config.Language(page.TextLanguage).Culture;
        var languageSite = site.Language(page.Language);
        var home = new Crumb(site.UiStrings.For(page.Language)[UiStringKeys.NavHome], languageSite.Home.Url);
        var list = languageSite.MenuTargets.GetValueOrDefault("good-practice");
        var listCrumb = list is null ? null : new Crumb(list.Title, list.Url);
        return page switch
        {
            ContentPage { IsHome: true } p => ("home", Content(p, languageSite.GoodPractices.Take(6), list?.Url, culture) with
            {
                LatestIssues = [.. languageSite.Issues.Take(3).Select(i => IssueCard(i, culture))],
                AllIssuesHref = languageSite.MenuTargets.GetValueOrDefault("newsletters")?.Url,
            }, []),
            ContentPage p => ("page", Content(p, [], null, culture), [home]),
            NetworkIndexPage p => ("networks", NetworkIndex(p), [home]),
            NetworkPage p => ("network", Network(p, culture), [home, new Crumb(languageSite.MenuTargets["networks"].Title, languageSite.MenuTargets["networks"].Url)]),
            NewsletterIndexPage p => ("newsletters", new NewsletterIndexView(p.Title, p.Description ?? "",
                [.. p.Series.Select(s => new SeriesCardView(s.Title, s.Url, s.Data.Description ?? "", s.Issues.Length,
                    s.Issues.IsEmpty ? null : IssueCard(s.Issues[0], culture)))]), [home]),
            SeriesPage p => ("series", new SeriesView(p.Title, p.Data.Description ?? "", Html(p),
                [.. p.Issues.GroupBy(i => i.Data.Date.Value.Year).Select(g => new YearView(g.Key, [.. g.Select(i => IssueCard(i, culture))]))],
                p.IsFallback ? null : p.FeedUrl), [home, NewslettersCrumb(languageSite)]),
            IssuePage p => ("issue", Issue(p, culture), [home, NewslettersCrumb(languageSite), new Crumb(p.Series.Title, p.Series.Url)]),
            ArticlePage p => ("article", Article(p, culture),
                [home, NewslettersCrumb(languageSite), new Crumb(p.Series.Title, p.Series.Url), new Crumb($"{p.Series.Title} {p.IssueNumber}", p.Issue.Url)]),
            GoodPracticePage p => ("good-practice", Sheet(p, culture), [home, listCrumb!]),
            GoodPracticeListPage p => ("good-practice-list", new ListView(
                p.Title,
                p.Description ?? "",
                languageSite.GoodPractices.Length,
                Cards(p.Items, culture),
                Pager(p.Pager),
                [.. p.Taxonomies.Where(t => t.Terms.Length > 0).Select(Taxonomy)],
                SearchForm(p.Language, finder: true)), p.Pager.Number == 1 ? [home] : [home, listCrumb!]),
            SearchPage p => ("search", new SearchPageView(p.Title, p.Description ?? "", SearchForm(p.Language, finder: false)), [home]),
            TaxonomyPage p => ("taxonomy", Taxonomy(p), [home, listCrumb!]),
            TermPage p => ("term", new TermListView(
                p.Term.Label,
                p.Parent.Title,
                p.Parent.Url,
                p.Total,
                Cards(p.Items, culture),
                Pager(p.Pager)), [home, listCrumb!, new Crumb(p.Parent.Title, p.Parent.Url)]),
            FigurePage p => ("figure", Figure(p), [home, new Crumb(languageSite.MenuTargets["figures"].Title, languageSite.MenuTargets["figures"].Url)]),
            FigureIndexPage p => ("figure-index", FigureIndex(p), [home]),
            FigureEmbedPage p => ("figure-embed", FigureEmbed(p), []),
            PublicationIndexPage p => ("publications", PublicationIndex(p, culture), [home]),
            PublicationPage p => ("publication", Publication(p, culture), [home, MenuCrumb(languageSite, "publications")]),
            ExhibitIndexPage p => ("exhibits", new ExhibitIndexView(p.Title, p.Description ?? "", [.. p.Exhibits.Select(e => ExhibitCard(e, culture))]), [home]),
            ExhibitPage p => ("exhibit", Exhibit(p, culture), [home, MenuCrumb(languageSite, "exhibits")]),
            PortraitPage p => ("portrait", Portrait(p), [home, MenuCrumb(languageSite, "exhibits"), new Crumb(p.Exhibit.Title, p.Exhibit.Url)]),
            EasyLanguagePage p => ("easy-language", new EasyLanguageView(p.Title, Html(p),
                [.. p.Menu.Select(m => new MenuLink(m.Title, m.Url, m.Url == p.Url))], p.IsSignLanguage, p.VideoUrl), []),
            NotFoundPage p => ("404", new NotFoundView(p.Title, languageSite.Home.Url, list?.Url), []),
            _ => throw new InvalidOperationException($"no layout for {page.GetType().Name}"),
        };
    }

    private ContentView Content(ContentPage page, IEnumerable<GoodPracticePage> latest, string? allHref, CultureInfo culture) =>
        new(page.Title, Html(page), Cards(latest, culture), allHref, [], null);

    private NetworkIndexView NetworkIndex(NetworkIndexPage page)
    {
        var byState = page.StateNetworks.Where(n => n.Data.State is not null).ToDictionary(n => n.Data.State!.Value, StringComparer.Ordinal);
        return new NetworkIndexView(page.Title, page.Description ?? "", page.Map.ViewBox,
            [.. page.Map.Shapes.Select(s => byState.TryGetValue(s.Code, out var network)
                ? new MapShapeView(s.PathData, network.Url, network.Title)
                : new MapShapeView(s.PathData, null, s.Code))],
            GermanyMap.Attribution,
            [.. page.StateNetworks.Select(NetworkLink)],
            [.. page.SpecialistOffices.Select(NetworkLink)]);
    }

    private NetworkLinkView NetworkLink(NetworkPage page) => new(page.Title, page.Url, page.Data.Teaser, TextOf(page));

    /// <summary>For an item shown from another language in a list: that language, so the list says which items are untranslated.</summary>
    private TextLanguageView? TextOf(Page page) =>
        page.IsFallback && site.Config.Language(page.TextLanguage) is var text ? new TextLanguageView(text.Code, text.Dir, text.Name) : null;

    /// <summary>Dates of an item are written in its text's language.</summary>
    private CultureInfo CultureOf(Page page, CultureInfo list) => page.IsFallback ? site.Config.Language(page.TextLanguage).Culture : list;

    private NetworkView Network(NetworkPage page, CultureInfo culture)
    {
        var strings = site.UiStrings.For(page.TextLanguage);
        var data = page.Data;
        var language = site.Config.Language(page.TextLanguage);
        // The IQ structure of 2015-2022 ended with 2022; its pages stay, marked as archive.
        var ended = int.TryParse(data.Period[^4..], NumberStyles.None, CultureInfo.InvariantCulture, out var lastYear) && lastYear < 2023;
        return new NetworkView(
            data.Title,
            data.Teaser,
            strings[data.Kind == NetworkKind.StateNetwork ? "network_state_networks" : "network_specialist_offices"],
            data.Period,
            ended ? strings[UiStringKeys.NetworkArchived].Replace("{0}", data.Period, StringComparison.Ordinal) : null,
            data.Coordinator,
            data.Website,
            Html(page),
            [.. page.Figures.Select(f => new NetworkFigureView(f.Title, f.Url, FigureCharts.Svg(f.Figure, language, $"network-figure-{f.Figure.Id}")))],
            Cards(page.GoodPractices, culture),
            [.. page.Articles.Select(a => new NetworkArticleView(a.Title, a.Url, $"{a.Series.Title} {a.IssueNumber}", Formats.Date(a.Date, culture), a.Data.Teaser))]);
    }

    /// <summary>Facets of the search page (type, every taxonomy, year) or of the good-practice finder (the same without type).</summary>
    private SearchFormView SearchForm(string language, bool finder)
    {
        var strings = site.UiStrings.For(language);
        var taxonomies = site.Taxonomies.All.Select(t => new FacetView(t.Key, t.Title[language]));
        FacetView[] facets = finder
            ? [.. taxonomies, new FacetView(SearchMetadata.YearFilter, strings["search_filter_year"])]
            : [new FacetView(SearchMetadata.TypeFilter, strings["search_filter_type"]), .. taxonomies, new FacetView(SearchMetadata.YearFilter, strings["search_filter_year"])];
        return new SearchFormView(finder ? strings[UiStringKeys.SearchType("good-practice")] : null, facets);
    }

    private static Crumb NewslettersCrumb(LanguageSite languageSite) => MenuCrumb(languageSite, "newsletters");

    private static Crumb MenuCrumb(LanguageSite languageSite, string key)
    {
        var index = languageSite.MenuTargets[key];
        return new Crumb(index.Title, index.Url);
    }

    private IssueCardView IssueCard(IssuePage issue, CultureInfo culture) => new(
        issue.Title, issue.Series.Title, issue.Data.Number, issue.Url, Formats.Date(issue.Data.Date.Value, CultureOf(issue, culture)), issue.Data.Teaser,
        issue.Cover is { } cover ? Pictures.Html(cover, issue.Data.CoverAlt ?? "", "6rem", eager: false, "issue-cover") : null,
        TextOf(issue));

    private IssueView Issue(IssuePage page, CultureInfo culture)
    {
        var strings = site.UiStrings.For(page.TextLanguage);
        return new IssueView(
            IssueCard(page, culture),
            page.Cover is { } cover ? Pictures.Html(cover, page.Data.CoverAlt ?? "", "(min-width: 40rem) 18rem, 100vw", eager: true, "issue-cover-large") : null,
            page.Series.Title,
            page.Series.Url,
            Html(page),
            [.. page.Articles.Select(a => new ArticleLinkView(a.Title, a.Url, strings[UiStringKeys.ArticleKind(a.Data.Kind)],
                string.Join(", ", a.Data.Authors), a.Data.Teaser))],
            page.Pdf is { } pdf ? new PdfView(pdf.Url, pdf.Format, Formats.FileSize(pdf.Bytes, culture), pdf.Pages) : null);
    }

    private ArticleView Article(ArticlePage page, CultureInfo culture) => new(
        page.Title,
        site.UiStrings.For(page.TextLanguage)[UiStringKeys.ArticleKind(page.Data.Kind)],
        string.Join(", ", page.Data.Authors),
        Formats.Date(page.Date, culture),
        page.Data.Teaser,
        Html(page),
        page.Issue.Title,
        page.Issue.Url,
        page.IssueNumber,
        page.Series.Title,
        page.Series.Url,
        page.Previous is { } previous ? new LinkView(previous.Title, previous.Url) : null,
        page.Next is { } next ? new LinkView(next.Title, next.Url) : null);

    private SheetView Sheet(GoodPracticePage page, CultureInfo culture)
    {
        var data = page.Data;
        var facts = site.Taxonomies.All
            .Select(t => new FactView(t.Title[page.TextLanguage], [.. page.Terms.Where(l => l.Taxonomy == t).Select(l => new TermView(l.Term.Label[page.TextLanguage], l.Url))]))
            .Where(f => f.Terms.Count > 0)
            .ToList();
        var contact = data.Contact;
        return new SheetView(
            data.Title,
            data.Teaser,
            data.Instrument.Name,
            data.Instrument.Summary,
            Formats.Date(data.Published, culture),
            data.Updated is { } updated ? Formats.Date(updated, culture) : null,
            facts,
            data.Project,
            data.Provider,
            new ContactView(contact.Name, contact.Role, contact.Address?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                contact.Phone, contact.Email, contact.Website),
            data.Offer.Text,
            [.. data.Offer.Links.Select(l => new LinkView(l.Title, l.Url.Value))],
            Html(page));
    }

    private FigureView Figure(FigurePage page)
    {
        var language = site.Config.Language(page.TextLanguage);
        var strings = site.UiStrings.For(page.TextLanguage);
        var figure = page.Figure;
        var code = page.TextLanguage;
        var chart = FigureCharts.Svg(figure, language);
        return new FigureView(
            figure.Title[code],
            figure.Description[code],
            strings[UiStringKeys.FigureTopic(figure.Topic)],
            chart,
            figure.UnitLabel?[code],
            [.. figure.Series.Select(s => s.Name[code])],
            [.. figure.Categories.Select((c, i) => new FigureRowView(c[code], [.. figure.Series.Select(s => FigureCharts.Value(figure, s.Values[i], language))]))],
            figure.Source[code],
            figure.Period?[code],
            figure.ReferenceDate is { } date ? Formats.Date(date, language.Culture) : null,
            [.. figure.Notes.Select(n => n[code])],
            figure.RoundingNote?[code],
            [.. FigureDownloads.All.Select(d => new DownloadView(strings[d.LabelKey], page.DownloadUrl(d.Extension), d.Format))],
            site.Language(code).MenuTargets["figures"].Url,
            new EmbedCodeView(page.EmbedUrl, EmbedSnippet(page, chart)));
    }

    /// <summary>
    /// The iframe partners paste: absolute address, an accessible name, and a height that fits the
    /// chart at its natural width plus the title and source lines around it.
    /// </summary>
    private string EmbedSnippet(FigurePage page, string chart)
    {
        var height = (int)Math.Ceiling(FigureCharts.ViewBoxHeight(chart)) + 190;
        var title = System.Net.WebUtility.HtmlEncode($"{page.Title} – {site.Config.Title[page.Language]}");
        return $"<iframe src=\"{site.AbsoluteUrl(page.EmbedUrl)}\" title=\"{title}\" width=\"100%\" height=\"{height.ToString(CultureInfo.InvariantCulture)}\" loading=\"lazy\" style=\"border: 0\"></iframe>";
    }

    private FigureEmbedView FigureEmbed(FigureEmbedPage page)
    {
        var language = site.Config.Language(page.TextLanguage);
        var figure = page.Figure.Figure;
        var code = page.TextLanguage;
        return new FigureEmbedView(
            page.Title,
            FigureCharts.Svg(figure, language),
            figure.Source[code],
            figure.Period?[code],
            figure.ReferenceDate is { } date ? Formats.Date(date, language.Culture) : null,
            page.Figure.Url);
    }

    private FigureIndexView FigureIndex(FigureIndexPage page)
    {
        var strings = site.UiStrings.For(page.TextLanguage);
        var topics = page.Figures
            .GroupBy(f => f.Figure.Topic)
            .OrderBy(g => UiStringKeys.FigureTopics.ToList().IndexOf(UiStringKeys.FigureTopic(g.Key)))
            .Select(g => new FigureTopicView(strings[UiStringKeys.FigureTopic(g.Key)],
                [.. g.Select(f => new FigureLinkView(f.Title, f.Url, f.Description ?? "", TextOf(f)))]));
        return new FigureIndexView(page.Title, page.Description ?? "", [.. topics]);
    }

    private static TaxonomyView Taxonomy(TaxonomyPage page) =>
        new(page.Title, page.Url, [.. page.Terms.Select(c => new TermCountView(c.Term.Label, c.Term.Url, c.Count))]);

    // A sheet is on about eight lists (its list page and a page of each of its terms): its card
    // is made once per culture, and as the same object its part of a render key is hashed once.
    private readonly ConcurrentDictionary<CultureInfo, ConcurrentDictionary<GoodPracticePage, CardView>> _cards = new();

    /// <summary>Sheet cards; a sheet shown from another language is marked with that language, and its card is written in it.</summary>
    private List<CardView> Cards(IEnumerable<GoodPracticePage> pages, CultureInfo culture)
    {
        var cards = _cards.GetOrAdd(culture, _ => new ConcurrentDictionary<GoodPracticePage, CardView>(ReferenceEqualityComparer.Instance));
        return [.. pages.Select(p => cards.GetOrAdd(p, Card, culture))];
    }

    private CardView Card(GoodPracticePage p, CultureInfo culture)
    {
        var text = p.IsFallback ? site.Config.Language(p.TextLanguage) : null;
        return new CardView(p.Title, p.Url, p.Data.Teaser, Formats.Date(p.Data.Published, text?.Culture ?? culture),
            [.. p.Terms.Where(t => t.Taxonomy.Key is TaxonomyKeys.Networks or TaxonomyKeys.FundingRounds).Select(t => new TermView(t.Term.Label[p.TextLanguage], t.Url))],
            text is null ? null : new TextLanguageView(text.Code, text.Dir, text.Name));
    }

    private static TermView Term(TermLink link) => new(link.Label, link.Url);

    private static PagerView Pager(Pager pager) => new(
        pager.Number, pager.Count, pager.PreviousUrl, pager.NextUrl,
        [.. pager.PageUrls.Select((url, i) => new PagerLink(i + 1, url, i + 1 == pager.Number))]);

    /// <summary>The page's Markdown as HTML: links and embedded figures lead to pages of the page's language, in any case.</summary>
    private string Html(Page page)
    {
        if (bodyStandIn is not null) return bodyStandIn(page);
        var document = page.Document!;
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        markdown.Setup(renderer);
        var language = site.Config.Language(document.Language);
        renderer.ObjectRenderers.Insert(0, new HtmlFigureEmbedRenderer(site.Language(page.Language), language, site.UiStrings));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new HtmlImageRenderer(document, site.Images));
        renderer.LinkRewriter = _linkRewriters.Value[page.Language];
        renderer.Render(document.Body);
        writer.Flush();
        return writer.ToString();
    }
}
