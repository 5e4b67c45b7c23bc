using System.Collections.Frozen;
using System.Collections.Immutable;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// The whole site as Assemble leaves it. Immutable: every later stage only reads it, which is
/// what lets Render work on pages in parallel.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    Taxonomies Taxonomies,
    UiStrings UiStrings,
    ImmutableArray<LanguageSite> Languages,
    // Looked up for every page rendered or keyed (alternates, originals): a frozen table rather
    // than an immutable (tree) dictionary took the render stage of a one-sheet rebuild at N=5000
    // about 6 % less processor time (3 alternating pairs).
    FrozenDictionary<string, IReadOnlyDictionary<string, Page>> Translations)
{
    /// <summary>Every content image by its path in the content folder, with its responsive variants.</summary>
    public ImmutableDictionary<string, Parse.Images.ContentImage> Images { get; init; } = ImmutableDictionary<string, Parse.Images.ContentImage>.Empty;

    /// <summary>Every page of every language, ordered by URL.</summary>
    public IEnumerable<Page> AllPages => Languages.SelectMany(l => l.Pages);

    public LanguageSite Language(string code) => Languages.First(l => l.Language.Code == code);

    /// <summary>The same page in every language that has it (including <paramref name="page"/>), in configured language order.</summary>
    public IEnumerable<Page> TranslationsOf(Page page)
    {
        var byLanguage = Translations[page.TranslationKey];
        foreach (var language in Config.Languages)
            if (byLanguage.TryGetValue(language.Code, out var translation))
                yield return translation;
    }

    /// <summary>
    /// hreflang alternates (absolute URLs): every real translation including the page itself, plus
    /// x-default pointing at the default language's version. Empty when the page has no translation.
    /// </summary>
    public IReadOnlyList<(string Hreflang, string Href)> Alternates(Page page)
    {
        // Fallback pages are copies: they neither have alternates nor are one.
        var translations = page.Indexable && !page.IsFallback ? TranslationsOf(page).Where(t => !t.IsFallback).ToArray() : [];
        if (translations.Length < 2) return [];
        var fallback = translations.FirstOrDefault(t => t.Language == Config.DefaultLanguage) ?? translations[0];
        return [.. translations.Select(t => (t.Language, AbsoluteUrl(t.Url))), ("x-default", AbsoluteUrl(fallback.Url))];
    }

    /// <summary>The page in the language its text is written in (for a fallback page, the page it copies).</summary>
    public Page Original(Page page) => Translations[page.TranslationKey].GetValueOrDefault(page.TextLanguage) ?? page;

    public string AbsoluteUrl(string rootRelative) => Config.BaseUrl + rootRelative.TrimStart('/');
}

/// <summary>All pages of one language.</summary>
public sealed record LanguageSite(
    LanguageConfig Language,
    ContentPage Home,
    ImmutableArray<Page> Pages,
    ImmutableArray<GoodPracticePage> GoodPractices,
    ImmutableArray<IssuePage> Issues,
    ImmutableArray<SeriesPage> Series,
    ImmutableDictionary<string, Page> MenuTargets)
{
    /// <summary>The language's Atom feed: newsletter issues and good-practice sheets, newest first.</summary>
    public string FeedUrl => $"/{Language.Code}/feed.xml";

    /// <summary>A language whose issues and sheets are all shown from other languages has no feed: it would stay empty.</summary>
    public bool HasFeed => Issues.Any(i => !i.IsFallback) || GoodPractices.Any(p => !p.IsFallback);
}
