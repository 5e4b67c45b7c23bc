using System.Collections.Immutable;

namespace IqSite.Parse;

/// <summary>The theme's interface texts (themes/iq/i18n/&lt;lang&gt;.yml) per configured language.</summary>
public sealed record UiStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> ByLanguage)
{
    public ImmutableDictionary<string, string> For(string language) => ByLanguage[language];
}

/// <summary>UI strings the pipeline uses itself (titles, URL-independent labels); templates name the rest.</summary>
public static class UiStringKeys
{
    public const string NavHome = "nav_home";
    public const string GoodPracticeListTitle = "gp_list_title";
    public const string GoodPracticeListDescription = "gp_list_description";
    public const string NotFoundTitle = "not_found_title";
    public const string PageLabel = "page_label";
    public const string ChooseLanguagePrompt = "choose_language_prompt";
    public const string FiguresTitle = "figures_title";
    public const string FiguresDescription = "figures_description";
    public const string NewslettersTitle = "newsletters_title";
    public const string NewslettersDescription = "newsletters_description";
    public const string SiteFeedTitle = "feed_site_title";
    public const string NetworksTitle = "networks_title";
    public const string NetworksDescription = "networks_description";
    /// <summary>Note on pages of a past funding period; "{0}" stands for the period.</summary>
    public const string NetworkArchived = "network_archived";
    public const string PublicationsTitle = "publications_title";
    public const string PublicationsDescription = "publications_description";
    /// <summary>Subject of the e-mail asking for a publication in an accessible format.</summary>
    public const string PublicationAccessibleSubject = "publication_accessible_subject";
    public const string SearchTitle = "search_title";
    public const string SearchDescription = "search_description";
    public const string ExhibitsTitle = "exhibits_title";
    public const string ExhibitsDescription = "exhibits_description";
    /// <summary>Notice on a page shown in another language; "{0}" stands for that language's name.</summary>
    public const string FallbackNotice = "fallback_notice";
    /// <summary>Notice on a translation whose original changed after it was marked; the original's link follows.</summary>
    public const string OutdatedNotice = "outdated_notice";
    public const string DraftBanner = "draft_banner";
    public const string ScheduledBanner = "scheduled_banner";

    /// <summary>Label of an article kind (editorial, interview …).</summary>
    public static string ArticleKind(ArticleKind kind) => "article_kind_" + ArticleKinds.Name(kind).Replace('-', '_');

    public static readonly IReadOnlyList<string> ArticleKindLabels = [.. Enum.GetValues<ArticleKind>().Select(ArticleKind)];

    /// <summary>Labels of the search index's content types (the 'type' filter).</summary>
    public static readonly IReadOnlyList<string> SearchTypeLabels =
        [.. new[] { "good-practice", "newsletter", "network", "publication", "exhibition", "figure", "page" }.Select(SearchType)];

    /// <summary>Label of a content type in the search index's 'type' filter.</summary>
    public static string SearchType(string type) => "search_type_" + type.Replace('-', '_');

    /// <summary>Label of a publication type (brochure, guide …).</summary>
    public static string PublicationType(string type) => "publication_type_" + type;

    public static readonly IReadOnlyList<string> PublicationTypeLabels = [.. PublicationTypes.Names.Select(PublicationType)];

    /// <summary>Label of a figure topic (schemas/figure.schema.json lists the topics).</summary>
    public static string FigureTopic(string topic) => "figure_topic_" + topic.Replace('-', '_');

    public static readonly IReadOnlyList<string> FigureTopics =
        [.. new[] { "counselling", "qualification", "fair-integration", "intercultural", "networks", "state-networks" }.Select(FigureTopic)];

    /// <summary>The three section headings of a good-practice sheet, in order.</summary>
    public static readonly IReadOnlyList<string> GoodPracticeSections = ["gp_section_situation", "gp_section_implementation", "gp_section_conclusion"];

    public static readonly IReadOnlyList<string> Required =
        [NavHome, GoodPracticeListTitle, GoodPracticeListDescription, NotFoundTitle, PageLabel, ChooseLanguagePrompt,
         FiguresTitle, FiguresDescription, NewslettersTitle, NewslettersDescription, SiteFeedTitle, NetworksTitle, NetworksDescription, NetworkArchived, FallbackNotice, OutdatedNotice, DraftBanner, ScheduledBanner,
         PublicationsTitle, PublicationsDescription, PublicationAccessibleSubject, SearchTitle, SearchDescription, ExhibitsTitle, ExhibitsDescription,
         .. GoodPracticeSections, .. PublicationTypeLabels, .. SearchTypeLabels, .. FigureTopics, .. ArticleKindLabels];
}
