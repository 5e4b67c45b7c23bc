using System.Collections.Immutable;
using System.Globalization;

namespace IqSite.Parse;

/// <summary>input/site.yml: the site's identity, its languages and menus.</summary>
public sealed record SiteConfig
{
    /// <summary>Site title per language code.</summary>
    public required ImmutableDictionary<string, string> Title { get; init; }

    /// <summary>Default meta description per language code.</summary>
    public required ImmutableDictionary<string, string> Description { get; init; }

    /// <summary>Absolute URL the site is published under, always ending in '/'.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Language of x-default, of the root 404 page and of fallbacks.</summary>
    public required string DefaultLanguage { get; init; }

    /// <summary>Entries per listing page.</summary>
    public required int PageSize { get; init; }

    /// <summary>In the order the language switcher shows them.</summary>
    public required ImmutableArray<LanguageConfig> Languages { get; init; }

    /// <summary>Content keys of the header menu: 'home', 'good-practice' or a key of content/pages/.</summary>
    public required ImmutableArray<Diagnostics.Located<string>> MainMenu { get; init; }

    /// <summary>Content keys of the footer menu.</summary>
    public required ImmutableArray<Diagnostics.Located<string>> FooterMenu { get; init; }

    /// <summary>Where readers ask for publications in an accessible format; needed once the site has publications.</summary>
    public Diagnostics.Located<string>? ContactEmail { get; init; }

    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    /// <summary>The languages a page of <paramref name="code"/> may be taken from when it has none of its own, in order.</summary>
    public IEnumerable<string> FallbackChain(string code) => Language(code).Fallback.Select(f => f.Value).Where(c => c != code).Distinct();
}

public enum TextDirection { Ltr, Rtl }

public sealed record LanguageConfig
{
    /// <summary>BCP 47 code used in URLs, file suffixes and <c>lang</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The language's name in itself, as the switcher shows it.</summary>
    public required string Name { get; init; }

    public required TextDirection Direction { get; init; }

    /// <summary>Where the language is configured in site.yml, for errors about it.</summary>
    public required Diagnostics.SourceLocation Location { get; init; }

    /// <summary>Formats dates and numbers for this language.</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>Localized URL segments, keyed by <see cref="SectionKeys"/>.</summary>
    public required ImmutableDictionary<string, string> Sections { get; init; }

    /// <summary>
    /// Where a page missing in this language is taken from, in order (site.yml 'fallback'); without
    /// it the language has only its own pages. A page taken from another language keeps this
    /// language's menus and says so.
    /// </summary>
    public ImmutableArray<Diagnostics.Located<string>> Fallback { get; init; } = [];

    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";
}

/// <summary>The URL segments each language localizes.</summary>
public static class SectionKeys
{
    public const string GoodPractice = "good_practice";
    public const string Figures = "figures";
    public const string Page = "page";
    public const string Newsletters = "newsletters";
    public const string Networks = "networks";
    public const string Publications = "publications";
    public const string Exhibits = "exhibits";
    public const string Search = "search";

    public static readonly ImmutableArray<string> All = [GoodPractice, Figures, Page];

    /// <summary>Needed only by languages that publish the content they name.</summary>
    public static readonly ImmutableArray<string> Optional = [Newsletters, Networks, Publications, Exhibits, Search];
}
