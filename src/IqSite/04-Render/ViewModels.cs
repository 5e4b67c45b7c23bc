namespace IqSite.Render;

// View models are what templates see: plain, already formatted and localized values, so the
// templates hold no logic beyond 'if' and 'each'. Property names are the template vocabulary.

/// <summary>Everything the base layout needs, plus the page type's own model in <see cref="Main"/>.</summary>
public sealed record PageView
{
    public required string Lang { get; init; }
    public required string Dir { get; init; }
    public required string Title { get; init; }
    /// <summary>The title's language where it is not the page's (fallback pages): the breadcrumb sets it apart.</summary>
    public string? TitleLang { get; init; }
    public required string HeadTitle { get; init; }
    public required string SiteTitle { get; init; }
    public required string Description { get; init; }
    public required string Canonical { get; init; }
    public required string OgLocale { get; init; }
    public required IReadOnlyList<Alternate> Alternates { get; init; }
    public required IReadOnlyList<LanguageLink> Languages { get; init; }
    public required IReadOnlyList<MenuLink> MainMenu { get; init; }
    public required IReadOnlyList<MenuLink> FooterMenu { get; init; }
    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }
    public required string HomeUrl { get; init; }
    public required bool Indexable { get; init; }
    public required bool LiveReload { get; init; }
    /// <summary>Atom feeds for &lt;link rel="alternate"&gt;: the site's, and the series' on newsletter pages.</summary>
    public required IReadOnlyList<LinkView> Feeds { get; init; }
    /// <summary>The preview shows drafts and scheduled issues; such a page says so in a banner.</summary>
    public required string? Banner { get; init; }
    /// <summary>Set on a page whose text is borrowed from another language: the notice, and that language for the text.</summary>
    public required FallbackView? Fallback { get; init; }
    /// <summary>The Leichte-Sprache explanation and the sign-language page, linked from every page's header (their titles are German).</summary>
    public required IReadOnlyList<LinkView> AccessLinks { get; init; }
    /// <summary>Set on a translation whose original changed after it was translated: the notice and a link to the original.</summary>
    public required OutdatedView? Outdated { get; init; }
    /// <summary>Set on pages the search index holds: their type, filters and result metadata.</summary>
    public required SearchView? Search { get; init; }
    public required IReadOnlyDictionary<string, string> T { get; init; }
    public required object Main { get; init; }
    public string Content { get; init; } = "";
}

public sealed record Alternate(string Hreflang, string Href);

/// <param name="Lang">The original's language, for the link's lang and hreflang; <paramref name="LanguageName"/> is its text.</param>
public sealed record OutdatedView(string Notice, string Href, string Lang, string LanguageName);

/// <summary>
/// The notice in the reader's language, e.g. "This page is not available in your language. It is shown in: English",
/// split around the language's name, which is set apart (&lt;bdi lang&gt;) because its script and direction may differ.
/// </summary>
/// <param name="Lang">The text's language code and direction, for the element that holds it.</param>
public sealed record FallbackView(string NoticeBefore, string NoticeAfter, string Lang, string Dir, string LanguageName);

public sealed record LanguageLink(string Code, string Name, string Dir, string Href, bool IsCurrent, bool IsTranslation);

/// <param name="Lang">Set when the target's title is in another language (a fallback page).</param>
public sealed record MenuLink(string Title, string Href, bool IsCurrent, string? Lang = null);

public sealed record Crumb(string Title, string Href);

public sealed record DateView(string Text, string Iso);

public sealed record LinkView(string Title, string Href);

public sealed record TermView(string Label, string Href);

public sealed record FactView(string Label, IReadOnlyList<TermView> Terms);

/// <param name="Text">Set when the item is shown from another language (a fallback): its language, for lang/dir and a badge.</param>
public sealed record CardView(string Title, string Href, string Teaser, DateView Published, IReadOnlyList<TermView> Terms, TextLanguageView? Text = null);

/// <summary>The language of a text that differs from the page's: code and direction for its element, and its own name.</summary>
public sealed record TextLanguageView(string Lang, string Dir, string Name);

public sealed record PagerView(int Number, int Count, string? PreviousHref, string? NextHref, IReadOnlyList<PagerLink> Pages)
{
    /// <summary>Pagination is shown only when there is more than one page.</summary>
    public bool Multiple => Count > 1;
}

public sealed record PagerLink(int Number, string Href, bool IsCurrent);

public sealed record ContentView(string Title, string BodyHtml, IReadOnlyList<CardView> Latest, string? AllHref,
    IReadOnlyList<IssueCardView> LatestIssues, string? AllIssuesHref);

public sealed record ContactView(string Name, string? Role, IReadOnlyList<string> AddressLines, string? Phone, string? Email, string? Website)
{
    /// <summary>
    /// The number as a tel: link. Editors write numbers as printed ("069 / 27224868"); a tel: URL
    /// may only hold digits and a leading '+'.
    /// </summary>
    public string? PhoneHref => Phone is null ? null
        : "tel:" + (Phone.TrimStart().StartsWith('+') ? "+" : "") + new string([.. Phone.Where(char.IsAsciiDigit)]);
}

public sealed record SheetView(
    string Title,
    string Teaser,
    string InstrumentName,
    string InstrumentSummary,
    DateView Published,
    DateView? Updated,
    IReadOnlyList<FactView> Facts,
    string Project,
    string Provider,
    ContactView Contact,
    string OfferText,
    IReadOnlyList<LinkView> OfferLinks,
    string BodyHtml);

public sealed record TaxonomyView(string Title, string Href, IReadOnlyList<TermCountView> Terms);

public sealed record TermCountView(string Label, string Href, int Count);

public sealed record ListView(string Title, string Intro, int Total, IReadOnlyList<CardView> Items, PagerView Pager, IReadOnlyList<TaxonomyView> Taxonomies,
    SearchFormView Finder);

/// <summary>
/// A search form that assets/js/search.js brings to life with the Pagefind index. Without JavaScript
/// the search page says that search needs it, and the finder leaves the static list as it is.
/// </summary>
/// <param name="FixedType">The finder searches only this content type (its 'type' filter value).</param>
/// <param name="Facets">The filters offered, in order: the index's filter key and the heading readers see.</param>
public sealed record SearchFormView(string? FixedType, IReadOnlyList<FacetView> Facets);

public sealed record FacetView(string Key, string Heading);

public sealed record SearchPageView(string Title, string Intro, SearchFormView Form);

public sealed record TermListView(string Title, string TaxonomyTitle, string TaxonomyHref, int Total, IReadOnlyList<CardView> Items, PagerView Pager);

public sealed record NotFoundView(string Title, string HomeHref, string? ListHref);

public sealed record ChooserView(string Lang, string Title, IReadOnlyList<ChooserLanguage> Languages);

public sealed record ChooserLanguage(string Code, string Dir, string Name, string SiteTitle, string Href, string Prompt);

public sealed record FigureView(
    string Title,
    string Description,
    string Topic,
    string ChartSvg,
    string? UnitLabel,
    IReadOnlyList<string> SeriesNames,
    IReadOnlyList<FigureRowView> Rows,
    string Source,
    string? Period,
    DateView? ReferenceDate,
    IReadOnlyList<string> Notes,
    string? RoundingNote,
    IReadOnlyList<DownloadView> Downloads,
    string IndexHref,
    EmbedCodeView Embed);

/// <param name="Snippet">The iframe element as text, shown for copying.</param>
public sealed record EmbedCodeView(string Href, string Snippet);

/// <param name="PageHref">The full figure page: table, notes and downloads.</param>
public sealed record FigureEmbedView(string Title, string ChartSvg, string Source, string? Period, DateView? ReferenceDate, string PageHref);

public sealed record FigureRowView(string Label, IReadOnlyList<string> Cells);

public sealed record DownloadView(string Label, string Href, string Format);

public sealed record FigureIndexView(string Title, string Intro, IReadOnlyList<FigureTopicView> Topics);

public sealed record FigureTopicView(string Title, IReadOnlyList<FigureLinkView> Figures);

public sealed record FigureLinkView(string Title, string Href, string Description, TextLanguageView? Text = null);

public sealed record IssueCardView(string Title, string Series, string Number, string Href, DateView Date, string Teaser, string? CoverHtml, TextLanguageView? Text = null);

public sealed record NewsletterIndexView(string Title, string Intro, IReadOnlyList<SeriesCardView> Series);

public sealed record SeriesCardView(string Title, string Href, string Description, int IssueCount, IssueCardView? Latest);

public sealed record SeriesView(string Title, string Description, string BodyHtml, IReadOnlyList<YearView> Years, string? FeedHref);

public sealed record YearView(int Year, IReadOnlyList<IssueCardView> Issues);

/// <param name="Pdf">The print version: link, format, size and page count as readers see them.</param>
public sealed record IssueView(IssueCardView Issue, string? CoverHtml, string SeriesTitle, string SeriesHref, string EditorialHtml,
    IReadOnlyList<ArticleLinkView> Articles, PdfView? Pdf);

public sealed record PdfView(string Href, string Format, string Size, int? Pages);

public sealed record ArticleLinkView(string Title, string Href, string Kind, string Authors, string Teaser);

public sealed record ArticleView(string Title, string Kind, string Authors, DateView Date, string Teaser, string BodyHtml,
    string IssueTitle, string IssueHref, string IssueNumber, string SeriesTitle, string SeriesHref, LinkView? Previous, LinkView? Next);

public sealed record NetworkIndexView(string Title, string Intro, string MapViewBox, IReadOnlyList<MapShapeView> MapShapes, string MapAttribution,
    IReadOnlyList<NetworkLinkView> StateNetworks, IReadOnlyList<NetworkLinkView> SpecialistOffices);

/// <param name="Href">The state network's page; null for a state without one (drawn, not linked).</param>
public sealed record MapShapeView(string PathData, string? Href, string Label);

public sealed record NetworkLinkView(string Title, string Href, string Teaser, TextLanguageView? Text = null);

public sealed record NetworkView(string Title, string Teaser, string KindLabel, string Period, string? ArchivedNote, string? Coordinator,
    string? Website, string BodyHtml, IReadOnlyList<NetworkFigureView> Figures, IReadOnlyList<CardView> GoodPractices,
    IReadOnlyList<NetworkArticleView> Articles);

/// <param name="Issue">Series and number, e.g. "IQ Sachsen Newsletter 1/2018".</param>
public sealed record NetworkArticleView(string Title, string Href, string Issue, DateView Date, string Teaser);

public sealed record NetworkFigureView(string Title, string Href, string ChartSvg);

/// <param name="TypeKey">The type as front matter spells it; with <paramref name="Languages"/> and <paramref name="Year"/> what the library's filters match.</param>
/// <param name="Languages">Language codes of the downloads, space-separated.</param>
public sealed record PublicationCardView(string Title, string Href, string Type, string TypeKey, DateView Date, int Year, string Languages,
    string Summary, string? CoverHtml, TextLanguageView? Text = null);

public sealed record PublicationIndexView(string Title, string Intro, IReadOnlyList<PublicationCardView> Publications,
    IReadOnlyList<FilterOptionView> Types, IReadOnlyList<FilterOptionView> Languages, IReadOnlyList<FilterOptionView> Years);

/// <param name="Lang">Set where the label is in another language than the page (a language's own name).</param>
public sealed record FilterOptionView(string Value, string Label, int Count, string? Lang);

/// <param name="AccessibleMailto">mailto: link with subject, for asking for the publication in an accessible format.</param>
public sealed record PublicationView(string Title, string Type, DateView Date, string Publisher, string Summary, string? CoverHtml, string BodyHtml,
    IReadOnlyList<PublicationDownloadView> Downloads, LinkView? HtmlVersion, string ContactEmail, string AccessibleMailto, LinkView Library);

/// <param name="LanguageName">The language's own name, shown with lang=<paramref name="LanguageCode"/>.</param>
public sealed record PublicationDownloadView(string Href, string FileName, string Format, string Size, int? Pages, string LanguageCode, string LanguageName);

public sealed record ExhibitIndexView(string Title, string Intro, IReadOnlyList<ExhibitCardView> Exhibits);

public sealed record ExhibitCardView(string Title, string Href, string Teaser, DateView Opening, string Venue, string? CoverHtml, TextLanguageView? Text = null);

public sealed record ExhibitView(string Title, string Teaser, string Venue, DateView Opening, string Organiser, string? CoverHtml, string BodyHtml,
    IReadOnlyList<PortraitCardView> Portraits, LinkView? Brochure);

public sealed record PortraitCardView(string Name, string Href, string Origin, string Profession, string? PhotoHtml);

public sealed record PortraitView(string Name, bool Pseudonym, string Origin, string Profession, string Status, string? Quote, string? PhotoHtml,
    string PhotoCredit, bool Sample, string BodyHtml, LinkView Exhibit, LinkView? Previous, LinkView? Next);

/// <param name="VideoHref">The sign-language video, on the sign-language page once it exists.</param>
public sealed record EasyLanguageView(string Title, string BodyHtml, IReadOnlyList<MenuLink> Menu, bool IsSignLanguage, string? VideoHref);
