using System.Collections.Immutable;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// A page of one language. <see cref="TranslationKey"/> is shared by the same page in other
/// languages; that is how hreflang alternates and the language switcher find each other.
/// </summary>
public abstract record Page
{
    /// <summary>Root-relative URL: '/de/gute-praxis/kmu-toolbox/' (pretty) or '/de/404.html'.</summary>
    public required string Url { get; init; }

    public required string Language { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string TranslationKey { get; init; }

    /// <summary>The sitemap's lastmod; null where nothing dates the page.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>The content file this page comes from, when there is one.</summary>
    public ParsedDocument? Document { get; init; }

    /// <summary>Error pages are not listed in the sitemap and not indexed.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>Set where the page's text comes from another language without a document (a figure's texts).</summary>
    public string? TextLanguageOverride { get; init; }

    /// <summary>The language the page's own text is written in: its document's, or the page's language.</summary>
    public string TextLanguage => TextLanguageOverride ?? Document?.Language ?? Language;

    /// <summary>
    /// A page of this language whose text exists only in another (site.yml 'fallback'): it has this
    /// language's menus and a notice, its text keeps its own language, its canonical URL is the
    /// original's, and it is in no hreflang cluster, sitemap or search index.
    /// </summary>
    public bool IsFallback => TextLanguage != Language;

    public string OutputPath => Url.EndsWith('/') ? Url[1..] + "index.html" : Url[1..];
}

/// <summary>The home page or a plain page (about, imprint, privacy, accessibility).</summary>
public sealed record ContentPage : Page
{
    public required bool IsHome { get; init; }
}

public sealed record GoodPracticePage : Page
{
    public required GoodPracticeFrontMatter Data { get; init; }

    /// <summary>Every term the sheet is filed under, in taxonomy order.</summary>
    public required ImmutableArray<TermLink> Terms { get; init; }
}

/// <summary>One page of the paginated good-practice listing, newest first.</summary>
public sealed record GoodPracticeListPage : Page
{
    public required ImmutableArray<GoodPracticePage> Items { get; init; }

    public required Pager Pager { get; init; }

    /// <summary>Overview of every taxonomy's terms, so the whole collection is reachable without JavaScript.</summary>
    public required ImmutableArray<TaxonomyPage> Taxonomies { get; init; }
}

/// <summary>One page of the sheets filed under one term.</summary>
public sealed record TermPage : Page
{
    public required TermLink Term { get; init; }

    public required ImmutableArray<GoodPracticePage> Items { get; init; }

    public required Pager Pager { get; init; }

    public required TaxonomyPage Parent { get; init; }

    /// <summary>Sheets filed under the term, on all pages together.</summary>
    public required int Total { get; init; }
}

/// <summary>The terms of one taxonomy that have sheets in this language, with counts.</summary>
public sealed record TaxonomyPage : Page
{
    public required Taxonomy Taxonomy { get; init; }

    public required ImmutableArray<TermCount> Terms { get; init; }
}

public sealed record NotFoundPage : Page;

/// <summary>One statistic: chart, data table, source, reference date and downloads.</summary>
public sealed record FigurePage : Page
{
    public required Parse.Figures.FigureSpec Figure { get; init; }

    /// <summary>The page's folder holds the downloads, named after the figure: &lt;id&gt;.csv, .json, .svg, .png.</summary>
    public string DownloadUrl(string extension) => $"{Url}{Figure.Id}.{extension}";

    public string EmbedUrl => $"{Url}embed/";
}

/// <summary>
/// The chart alone, for other sites to show in an iframe: no menus, not indexed. The only pages
/// the site lets others frame (see FrameHeadersGenerator).
/// </summary>
public sealed record FigureEmbedPage : Page
{
    public required FigurePage Figure { get; init; }
}

/// <summary>All figures of a language, grouped by topic.</summary>
public sealed record FigureIndexPage : Page
{
    public required ImmutableArray<FigurePage> Figures { get; init; }
}

public sealed record TermLink(Taxonomy Taxonomy, Term Term, string Label, string Url);

public sealed record TermCount(TermLink Term, int Count);

/// <summary>Position in a paginated list; <see cref="PageUrls"/>[0] is the first page.</summary>
public sealed record Pager(int Number, ImmutableArray<string> PageUrls)
{
    public int Count => PageUrls.Length;

    public string? PreviousUrl => Number > 1 ? PageUrls[Number - 2] : null;

    public string? NextUrl => Number < Count ? PageUrls[Number] : null;
}

/// <summary>Full-text search over the language's index, with filters; the results come from the Pagefind index in the browser.</summary>
public sealed record SearchPage : Page;

/// <summary>A page in Leichte Sprache; all of them are linked from every page's header.</summary>
public sealed record EasyLanguagePage : Page
{
    public required EasyLanguageFrontMatter Data { get; init; }

    /// <summary>The Leichte-Sprache pages in menu order, this one included.</summary>
    public required ImmutableArray<PageLink> Menu { get; init; }

    /// <summary>The sign-language video's URL, when the page has one.</summary>
    public string? VideoUrl { get; init; }

    public bool IsSignLanguage => Document!.Key == EasyLanguageKeys.SignLanguage;
}

public static class EasyLanguageKeys
{
    /// <summary>The explanation of the site: /&lt;lang&gt;/leichte-sprache/.</summary>
    public const string Index = "index";

    /// <summary>The page that holds the video in German Sign Language and its transcript.</summary>
    public const string SignLanguage = "gebaerdensprache";

    /// <summary>The URL segment; Leichte Sprache is German, so it is the same in every language.</summary>
    public const string Segment = "leichte-sprache";
}
