using IqSite.Assemble;
using IqSite.Parse;

namespace IqSite.Render;

/// <summary>
/// The parts of every page that depend on where it sits in the site: head metadata,
/// hreflang alternates, language switcher, menus and breadcrumbs.
/// </summary>
internal sealed class FurnitureBuilder(SiteModel site, BuildOptions options)
{
    private readonly SearchMetadata _search = new(site);

    // Leichte Sprache is German: every language links to the same pages.
    private readonly IReadOnlyList<LinkView> _accessLinks = [.. site.AllPages.OfType<EasyLanguagePage>()
        .Where(p => p.Document!.Key is EasyLanguageKeys.Index or EasyLanguageKeys.SignLanguage)
        .OrderBy(p => p.Language != site.Config.DefaultLanguage).ThenBy(p => p.Document!.Key != EasyLanguageKeys.Index)
        .DistinctBy(p => p.Document!.Key)
        .Select(p => new LinkView(p.Title, p.Url))];

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _strings = site.Config.Languages
        .ToDictionary(l => l.Code, l => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(site.UiStrings.For(l.Code)), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Strings(string language) => _strings[language];

    public PageView Build(Page page, object main, IReadOnlyList<Crumb> breadcrumbs)
    {
        var language = site.Config.Language(page.Language);
        var languageSite = site.Language(page.Language);
        var siteTitle = site.Config.Title[page.Language];
        var translations = page.Indexable ? site.TranslationsOf(page).ToArray() : [page];
        return new PageView
        {
            Lang = language.Code,
            Dir = language.Dir,
            Title = page.Title,
            TitleLang = page.IsFallback ? page.TextLanguage : null,
            HeadTitle = page is ContentPage { IsHome: true } ? siteTitle : $"{page.Title} – {siteTitle}",
            SiteTitle = siteTitle,
            Description = page.Description ?? site.Config.Description[page.Language],
            // A fallback page's text lives at its original: search engines are pointed there.
            Canonical = site.AbsoluteUrl(page.IsFallback ? site.Original(page).Url : page.Url),
            OgLocale = language.Culture.Name.Replace('-', '_'),
            Alternates = [.. site.Alternates(page).Select(a => new Alternate(a.Hreflang, a.Href))],
            Languages = [.. site.Config.Languages.Select(l =>
            {
                var translation = translations.FirstOrDefault(t => t.Language == l.Code);
                return new LanguageLink(l.Code, l.Name, l.Dir, translation?.Url ?? site.Language(l.Code).Home.Url,
                    l.Code == page.Language, translation is { IsFallback: false });
            })],
            MainMenu = Menu(site.Config.MainMenu.Select(m => m.Value), languageSite, page),
            FooterMenu = Menu(site.Config.FooterMenu.Select(m => m.Value), languageSite, page),
            Breadcrumbs = breadcrumbs,
            HomeUrl = languageSite.Home.Url,
            Indexable = page.Indexable,
            LiveReload = options.LiveReload,
            Feeds = Feeds(page, languageSite),
            Banner = Banner(page, language),
            Search = page.IsFallback ? null : _search.For(page),
            Fallback = page.IsFallback ? Fallback(page) : null,
            Outdated = Outdated(page),
            AccessLinks = _accessLinks,
            T = _strings[page.Language],
            Main = main,
        };
    }

    /// <summary>A marked translation (translation_of) whose default-language original has changed since.</summary>
    private OutdatedView? Outdated(Page page)
    {
        if (page.IsFallback || page.Document?.FrontMatter.TranslationOf is not { } mark) return null;
        var source = site.Config.DefaultLanguage;
        if (site.Translations[page.TranslationKey].GetValueOrDefault(source) is not { Document: { } original } originalPage || original.Language != source) return null;
        if (Parse.Translations.SourceHash(original) == mark.Value) return null;
        var language = site.Config.Language(source);
        return new OutdatedView(_strings[page.Language][UiStringKeys.OutdatedNotice], originalPage.Url, language.Code, language.Name);
    }

    private FallbackView Fallback(Page page)
    {
        var text = site.Config.Language(page.TextLanguage);
        var notice = _strings[page.Language][UiStringKeys.FallbackNotice];
        var at = notice.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0
            ? new FallbackView(notice + " ", "", text.Code, text.Dir, text.Name)
            : new FallbackView(notice[..at], notice[(at + 3)..], text.Code, text.Dir, text.Name);
    }

    /// <summary>Unpublished pages (only built with --drafts or --future, as the preview does) say so.</summary>
    private string? Banner(Page page, LanguageConfig language)
    {
        var strings = _strings[page.Language];
        if (page.Document?.FrontMatter.Draft == true) return strings[UiStringKeys.DraftBanner];
        var date = page switch
        {
            IssuePage p => p.Data.Date.Value,
            ArticlePage p => p.Date,
            _ => (DateOnly?)null,
        };
        return date > options.Today ? $"{strings[UiStringKeys.ScheduledBanner]} {Formats.Date(date.Value, language.Culture).Text}" : null;
    }

    private List<LinkView> Feeds(Page page, LanguageSite languageSite)
    {
        var feeds = languageSite.HasFeed ? new List<LinkView> { new(_strings[page.Language][UiStringKeys.SiteFeedTitle], languageSite.FeedUrl) } : [];
        var seriesUrl = page switch
        {
            SeriesPage p => p.Url,
            IssuePage p => p.Series.Url,
            ArticlePage p => p.Series.Url,
            _ => null,
        };
        // A series shown from another language has no feed of its own in this language.
        if (languageSite.Series.FirstOrDefault(s => s.Url == seriesUrl && !s.IsFallback) is { } series) feeds.Add(new(series.Title, series.FeedUrl));
        return feeds;
    }

    private List<MenuLink> Menu(IEnumerable<string> keys, LanguageSite languageSite, Page current) =>
        [.. keys.Select(key =>
        {
            var target = languageSite.MenuTargets[key];
            var title = key == "home" ? _strings[current.Language][UiStringKeys.NavHome] : target.Title;
            var isCurrent = target is ContentPage { IsHome: true }
                ? current.Url == target.Url
                : current.Url.StartsWith(target.Url, StringComparison.Ordinal);
            return new MenuLink(title, target.Url, isCurrent, target.IsFallback && key != "home" ? target.TextLanguage : null);
        })];
}
