using System.Collections.Immutable;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>Keys every content file may carry.</summary>
public abstract record FrontMatter
{
    public required string Title { get; init; }

    /// <summary>Meta description and teaser on listing pages.</summary>
    public string? Description { get; init; }

    /// <summary>URL slug in this language; the file's key when not given.</summary>
    public Located<string>? Slug { get; init; }

    /// <summary>Only published with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>Last substantial change; the sitemap's lastmod.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>
    /// In a translation: the <see cref="Translations.SourceHash"/> of the default-language file it
    /// translates, written by 'iqsite i18n mark'. When the source changes, the page says the
    /// translation may be out of date.
    /// </summary>
    public Located<string>? TranslationOf { get; init; }
}

/// <summary>The home page (content/_index.&lt;lang&gt;.md) and plain pages (content/pages/).</summary>
public sealed record PageFrontMatter : FrontMatter;

/// <summary>An IQ Good Practice sheet (content/good-practice/).</summary>
public sealed record GoodPracticeFrontMatter : FrontMatter
{
    /// <summary>One or two sentences for cards and the meta description.</summary>
    public required string Teaser { get; init; }

    public required Instrument Instrument { get; init; }

    public required ImmutableArray<Located<string>> Audiences { get; init; }

    public required ImmutableArray<Located<string>> Topics { get; init; }

    /// <summary>Key of the state network (taxonomy 'networks').</summary>
    public required Located<string> Network { get; init; }

    /// <summary>Key of the funding round the practice was selected in.</summary>
    public required Located<string> FundingRound { get; init; }

    /// <summary>The IQ sub-project (Teilprojekt) that developed the practice.</summary>
    public required string Project { get; init; }

    /// <summary>The organisation running the project (Träger).</summary>
    public required string Provider { get; init; }

    public required Contact Contact { get; init; }

    /// <summary>What others can take over, with links to materials.</summary>
    public required Offer Offer { get; init; }

    /// <summary>Date the sheet was published; orders listings newest first.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>Terms of a taxonomy as written in the front matter.</summary>
    public ImmutableArray<Located<string>> TermsOf(string taxonomy) => taxonomy switch
    {
        TaxonomyKeys.Networks => [Network],
        TaxonomyKeys.Topics => Topics,
        TaxonomyKeys.Audiences => Audiences,
        TaxonomyKeys.FundingRounds => [FundingRound],
        _ => throw new ArgumentOutOfRangeException(nameof(taxonomy), taxonomy, "unknown taxonomy"),
    };
}

public sealed record Instrument(string Name, string Summary);

public sealed record Contact(string Name, string? Role, string? Address, string? Phone, string? Email, string? Website);

public sealed record Offer(string Text, ImmutableArray<OfferLink> Links);

public sealed record OfferLink(string Title, Located<string> Url);

/// <summary>
/// A page in Leichte Sprache (plain German for readers with learning difficulties), content/leichte-sprache/&lt;key&gt;.de.md;
/// 'index' is the explanation of the site, 'gebaerdensprache' the page for the video in German Sign Language.
/// </summary>
public sealed record EasyLanguageFrontMatter : FrontMatter
{
    /// <summary>Position in the Leichte-Sprache menu, 0 first.</summary>
    public required int Order { get; init; }

    /// <summary>A video beside the file (German Sign Language); the page's text is its transcript.</summary>
    public Located<string>? Video { get; init; }
}
