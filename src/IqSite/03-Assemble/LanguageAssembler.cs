using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>Builds the pages of one language; URLs use that language's localized segments.</summary>
internal sealed class LanguageAssembler(
    LanguageConfig language,
    SiteConfig config,
    ParseResult parsed,
    IEnumerable<ParsedDocument> documents,
    UrlRegistry urls,
    string contentFolder,
    DiagnosticBag diagnostics)
{
    private readonly string _code = language.Code;
    private readonly ImmutableDictionary<string, string> _strings = parsed.UiStrings.For(language.Code);
    private readonly List<Page> _pages = [];

    private string Root => $"/{_code}/";

    private string GoodPracticeRoot => $"{Root}{language.Sections[SectionKeys.GoodPractice]}/";

    private string FiguresRoot => $"{Root}{language.Sections[SectionKeys.Figures]}/";

    public LanguageSite? Build()
    {
        var docs = documents.ToArray();
        var home = BuildHome(docs.Where(d => d.Kind == ContentKind.Home).SingleOrDefault(), docs);
        var menuTargets = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var document in docs.Where(d => d.Kind == ContentKind.Page))
        {
            var page = Add(new ContentPage
            {
                Url = $"{Root}{Slug(document)}/",
                Language = _code,
                Title = document.FrontMatter.Title,
                Description = document.FrontMatter.Description,
                TranslationKey = $"page:{document.Key}",
                LastModified = document.FrontMatter.Updated,
                Document = document,
                IsHome = false,
            }, document);
            if (page is not null) menuTargets[document.Key] = page;
        }

        BuildEasyLanguage(docs, menuTargets);

        var sheets = docs.Where(d => d.Kind == ContentKind.GoodPractice)
            .Select(BuildSheet)
            .OfType<GoodPracticePage>()
            .OrderByDescending(p => p.Data.Published)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToImmutableArray();
        var byTerm = SheetsByTerm(sheets);
        var taxonomyPages = parsed.Taxonomies.All.Select(t => BuildTaxonomy(t, sheets, byTerm)).ToImmutableArray();
        var lists = Paginate(GoodPracticeRoot, sheets, $"gp-list", _strings[UiStringKeys.GoodPracticeListTitle], (items, pager, url, key, title) => new GoodPracticeListPage
        {
            Url = url,
            Language = _code,
            Title = title,
            Description = _strings[UiStringKeys.GoodPracticeListDescription],
            TranslationKey = key,
            LastModified = Newest(items),
            Items = items,
            Pager = pager,
            Taxonomies = taxonomyPages,
        });
        foreach (var taxonomyPage in taxonomyPages)
            BuildTermPages(taxonomyPage, byTerm);
        var figures = BuildFigures();
        var newsletters = new NewsletterAssembler(language, parsed, docs, Add, diagnostics)
            .Build(_strings[UiStringKeys.NewslettersTitle], _strings[UiStringKeys.NewslettersDescription]);
        var networks = new NetworkAssembler(language, parsed, docs, Add, diagnostics)
            .Build(_strings[UiStringKeys.NetworksTitle], _strings[UiStringKeys.NetworksDescription], sheets, figures?.Figures ?? [], newsletters?.Series ?? []);
        var publications = new PublicationAssembler(language, parsed, docs, Add, key => _pages.FirstOrDefault(p => p.TranslationKey == key), diagnostics)
            .Build(_strings[UiStringKeys.PublicationsTitle], _strings[UiStringKeys.PublicationsDescription]);
        var exhibits = new ExhibitAssembler(language, parsed, docs, Add, diagnostics)
            .Build(_strings[UiStringKeys.ExhibitsTitle], _strings[UiStringKeys.ExhibitsDescription], publications?.Publications ?? []);
        // The search page exists where site.yml gives it a URL segment; its results come from the search index.
        var search = language.Sections.TryGetValue(SectionKeys.Search, out var searchSegment)
            ? Add(new SearchPage
            {
                Url = $"{Root}{searchSegment}/",
                Language = _code,
                Title = _strings[UiStringKeys.SearchTitle],
                Description = _strings[UiStringKeys.SearchDescription],
                TranslationKey = "search",
            }, null)
            : null;
        Add(new NotFoundPage
        {
            Url = $"{Root}404.html",
            Language = _code,
            Title = _strings[UiStringKeys.NotFoundTitle],
            TranslationKey = "404",
            Indexable = false,
        }, null);

        if (home is not null) menuTargets["home"] = home;
        if (lists.Count > 0) menuTargets["good-practice"] = lists[0];
        if (figures is not null) menuTargets["figures"] = figures;
        if (newsletters is not null) menuTargets["newsletters"] = newsletters;
        if (networks is not null) menuTargets["networks"] = networks;
        if (publications is not null) menuTargets["publications"] = publications;
        if (exhibits is not null) menuTargets["exhibits"] = exhibits;
        if (search is not null) menuTargets["search"] = search;
        CheckMenu(config.MainMenu, menuTargets);
        CheckMenu(config.FooterMenu, menuTargets);
        if (home is null) return null;
        return new LanguageSite(
            language,
            home,
            [.. _pages.OrderBy(p => p.Url, StringComparer.Ordinal)],
            sheets,
            newsletters?.Series.SelectMany(s => s.Issues).OrderByDescending(i => i.Data.Date.Value).ThenBy(i => i.Url, StringComparer.Ordinal).ToImmutableArray() ?? [],
            newsletters?.Series ?? [],
            menuTargets.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Leichte-Sprache pages; site: links and menus name them 'ls-&lt;key&gt;'.</summary>
    private void BuildEasyLanguage(ParsedDocument[] docs, Dictionary<string, Page> menuTargets)
    {
        var pages = docs.Where(d => d.Kind == ContentKind.EasyLanguage)
            .OrderBy(d => ((EasyLanguageFrontMatter)d.FrontMatter).Order).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => (Document: d, Url: d.Key == EasyLanguageKeys.Index ? $"{Root}{EasyLanguageKeys.Segment}/" : $"{Root}{EasyLanguageKeys.Segment}/{d.Key}/"))
            .ToArray();
        var menu = pages.Select(p => new PageLink(p.Document.FrontMatter.Title, p.Url)).ToImmutableArray();
        var files = new FolderFiles(parsed, diagnostics);
        foreach (var (document, url) in pages)
        {
            var data = (EasyLanguageFrontMatter)document.FrontMatter;
            if (Add(new EasyLanguagePage
            {
                Url = url,
                Language = _code,
                Title = data.Title,
                Description = data.Description,
                TranslationKey = $"ls:{document.Key}",
                LastModified = data.Updated,
                Document = document,
                Data = data,
                Menu = menu,
                VideoUrl = data.Video is { } video ? files.Download(document, video)?.Url : null,
            }, document) is { } page)
                menuTargets[$"ls-{document.Key}"] = page;
        }
    }

    private ContentPage? BuildHome(ParsedDocument? document, ParsedDocument[] all)
    {
        if (document is null)
        {
            diagnostics.Error($"{contentFolder}/_index.{_code}.md", 1, 1, $"the home page of '{_code}' is missing: create this file with a 'title' and an introduction");
            return null;
        }
        var newest = all.Select(d => d.FrontMatter switch
        {
            GoodPracticeFrontMatter g => (DateOnly?)(g.Updated ?? g.Published),
            IssueFrontMatter i => i.Date.Value,
            _ => d.FrontMatter.Updated,
        }).Max();
        return (ContentPage?)Add(new ContentPage
        {
            Url = Root,
            Language = _code,
            Title = document.FrontMatter.Title,
            Description = document.FrontMatter.Description ?? config.Description[_code],
            TranslationKey = "home",
            LastModified = newest,
            Document = document,
            IsHome = true,
        }, document);
    }

    private GoodPracticePage? BuildSheet(ParsedDocument document)
    {
        var data = (GoodPracticeFrontMatter)document.FrontMatter;
        var terms = parsed.Taxonomies.All
            .SelectMany(t => data.TermsOf(t.Key).Select(k => t.Find(k.Value) is { } term ? Link(t, term) : null))
            .OfType<TermLink>()
            .ToImmutableArray();
        return (GoodPracticePage?)Add(new GoodPracticePage
        {
            Url = $"{GoodPracticeRoot}{Slug(document)}/",
            Language = _code,
            Title = data.Title,
            Description = data.Teaser,
            TranslationKey = $"gp:{document.Key}",
            LastModified = data.Updated ?? data.Published,
            Document = document,
            Data = data,
            Terms = terms,
        }, document);
    }

    /// <summary>One page per figure spec and the index; a figure without texts in this language is shown in the first fallback language it has.</summary>
    private FigureIndexPage? BuildFigures()
    {
        var figures = parsed.Figures
            .Select(figure =>
            {
                // Every figure has the default language's texts, so the chain always ends in one it has.
                var text = figure.Title.ContainsKey(_code) ? _code : config.FallbackChain(_code).Append(config.DefaultLanguage).First(figure.Title.ContainsKey);
                return (FigurePage?)Add(new FigurePage
                {
                    Url = $"{FiguresRoot}{figure.Id}/",
                    Language = _code,
                    Title = figure.Title[text],
                    Description = figure.Description[text],
                    TranslationKey = $"figure:{figure.Id}",
                    LastModified = figure.ReferenceDate,
                    Figure = figure,
                    TextLanguageOverride = text == _code ? null : text,
                }, null);
            })
            .OfType<FigurePage>()
            .OrderBy(f => f.Url, StringComparer.Ordinal)
            .ToImmutableArray();
        if (figures.IsEmpty) return null;
        foreach (var figure in figures)
            Add(new FigureEmbedPage
            {
                Url = figure.EmbedUrl,
                Language = _code,
                Title = figure.Title,
                Description = figure.Description,
                TranslationKey = $"figure-embed:{figure.Figure.Id}",
                Indexable = false,
                Figure = figure,
                TextLanguageOverride = figure.TextLanguageOverride,
            }, null);
        return (FigureIndexPage?)Add(new FigureIndexPage
        {
            Url = FiguresRoot,
            Language = _code,
            Title = _strings[UiStringKeys.FiguresTitle],
            Description = _strings[UiStringKeys.FiguresDescription],
            TranslationKey = "figures",
            LastModified = figures.Select(f => f.LastModified).Max(),
            Figures = figures,
        }, null);
    }

    /// <summary>
    /// The sheets of each term (by taxonomy and term key), in the order of <paramref name="sheets"/>:
    /// one pass over the sheets instead of two per term (at N=5000, 5,000 sheets and 38 terms per language).
    /// </summary>
    private static Dictionary<(string Taxonomy, string Term), ImmutableArray<GoodPracticePage>> SheetsByTerm(ImmutableArray<GoodPracticePage> sheets)
    {
        var lists = new Dictionary<(string Taxonomy, string Term), List<GoodPracticePage>>();
        foreach (var sheet in sheets)
            foreach (var link in sheet.Terms)
            {
                var list = CollectionsMarshal.GetValueRefOrAddDefault(lists, (link.Taxonomy.Key, link.Term.Key), out _) ??= [];
                // A term given twice lists its sheet once.
                if (list.Count == 0 || list[^1] != sheet) list.Add(sheet);
            }
        return lists.ToDictionary(l => l.Key, l => l.Value.ToImmutableArray());
    }

    private TaxonomyPage BuildTaxonomy(Taxonomy taxonomy, ImmutableArray<GoodPracticePage> sheets,
        Dictionary<(string Taxonomy, string Term), ImmutableArray<GoodPracticePage>> byTerm)
    {
        var counts = taxonomy.Terms
            .Select(term => new TermCount(Link(taxonomy, term), byTerm.GetValueOrDefault((taxonomy.Key, term.Key), []).Length))
            .Where(c => c.Count > 0)
            .ToImmutableArray();
        var page = new TaxonomyPage
        {
            Url = $"{GoodPracticeRoot}{taxonomy.Slug[_code]}/",
            Language = _code,
            Title = taxonomy.Title[_code],
            TranslationKey = $"taxonomy:{taxonomy.Key}",
            LastModified = Newest(sheets),
            Taxonomy = taxonomy,
            Terms = counts,
        };
        Add(page, null);
        return page;
    }

    private void BuildTermPages(TaxonomyPage parent, Dictionary<(string Taxonomy, string Term), ImmutableArray<GoodPracticePage>> byTerm)
    {
        foreach (var count in parent.Terms)
        {
            var items = byTerm[(parent.Taxonomy.Key, count.Term.Term.Key)];
            Paginate(count.Term.Url, items, $"term:{parent.Taxonomy.Key}:{count.Term.Term.Key}",
                $"{parent.Title}: {count.Term.Label}",
                (pageItems, pager, url, key, title) => new TermPage
                {
                    Url = url,
                    Language = _code,
                    Title = title,
                    TranslationKey = key,
                    LastModified = Newest(pageItems),
                    Term = count.Term,
                    Items = pageItems,
                    Pager = pager,
                    Parent = parent,
                    Total = items.Length,
                });
        }
    }

    private delegate T PageFactory<out T>(ImmutableArray<GoodPracticePage> items, Pager pager, string url, string translationKey, string title);

    /// <summary>Page 1 lives at the list's URL, page n at '&lt;list&gt;/&lt;page segment&gt;/n/'.</summary>
    private List<T> Paginate<T>(string baseUrl, ImmutableArray<GoodPracticePage> items, string key, string title, PageFactory<T> create)
        where T : Page
    {
        var count = Math.Max(1, (items.Length + config.PageSize - 1) / config.PageSize);
        var pageUrls = Enumerable.Range(1, count)
            .Select(n => n == 1 ? baseUrl : $"{baseUrl}{language.Sections[SectionKeys.Page]}/{n}/")
            .ToImmutableArray();
        var pages = new List<T>();
        for (var n = 1; n <= count; n++)
        {
            var pageTitle = n == 1 ? title : $"{title} – {_strings[UiStringKeys.PageLabel]} {n}";
            var page = create([.. items.Skip((n - 1) * config.PageSize).Take(config.PageSize)], new Pager(n, pageUrls), pageUrls[n - 1], $"{key}:{n}", pageTitle);
            if (Add(page, null) is not null) pages.Add(page);
        }
        return pages;
    }

    private TermLink Link(Taxonomy taxonomy, Term term) =>
        new(taxonomy, term, term.Label[_code], $"{GoodPracticeRoot}{taxonomy.Slug[_code]}/{term.Slug[_code]}/");

    private Page? Add(Page page, ParsedDocument? document)
    {
        var origin = document?.Source.DisplayPath ?? $"the generated page '{page.Title}'";
        if (!urls.TryClaim(page.Url, document, origin)) return null;
        _pages.Add(page);
        return page;
    }

    private void CheckMenu(ImmutableArray<Located<string>> menu, Dictionary<string, Page> targets)
    {
        foreach (var item in menu)
            if (!targets.ContainsKey(item.Value))
                diagnostics.Error(item.Location,
                    $"menu entry '{item.Value}' has no page in '{_code}'{Suggestions.DidYouMean(item.Value, targets.Keys)} (use 'home', 'good-practice', 'figures', 'newsletters', 'networks' or the file name of a page in content/pages/)");
    }

    private static string Slug(ParsedDocument document) => document.FrontMatter.Slug?.Value ?? document.Key;

    private static DateOnly? Newest(IEnumerable<GoodPracticePage> pages) => pages.Select(p => p.LastModified).Max();
}
