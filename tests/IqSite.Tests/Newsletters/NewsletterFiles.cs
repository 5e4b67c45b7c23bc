using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Newsletters;

/// <summary>
/// Inline fixture blocks for newsletter series, issues and articles, on top of <see cref="SiteFiles.Base"/>
/// with the 'newsletters' URL segment added (de: newsletter, en: newsletters).
/// </summary>
internal static class NewsletterFiles
{
    public const string Folder = "input/content/newsletters";

    public static string SiteYml => SiteFiles.SiteYml()
        .Replace("page: seite", "page: seite\n      newsletters: newsletter", StringComparison.Ordinal)
        .Replace("page: page", "page: page\n      newsletters: newsletters", StringComparison.Ordinal);

    public static string Base => SiteFiles.Join(SiteFiles.Base, SiteYml);

    public static string Section(string language) => language == "de" ? "newsletter" : "newsletters";

    public static string Series(string series, string language, string? slug = null) => $$"""
        -- {{Folder}}/{{series}}/_index.{{language}}.md --
        ---
        title: "Series {{series}} ({{language}})"
        slug: {{slug ?? series}}
        description: "Description of {{series}}."
        ---
        About {{series}}.
        """;

    /// <summary>
    /// An issue (<paramref name="title"/> "" leaves 'title:' empty). 'number' is on line 2, 'date' on line 3, 'title' on line 4, 'teaser' on line 5, then
    /// <paramref name="extra"/> lines (each ending in a newline) from line 6.
    /// </summary>
    public static string Issue(string series, string folder, string language, string date = "2022-12-15", string extra = "",
        string? title = null) => $$"""
        -- {{Folder}}/{{series}}/{{folder}}/_index.{{language}}.md --
        ---
        number: "{{folder}}"
        date: {{date}}
        title:{{(title == "" ? "" : " " + (title ?? $"\"Issue {folder} ({language})\""))}}
        teaser: "Teaser of issue {{folder}} ({{language}})."
        {{extra}}---
        Editorial of issue {{folder}} ({{language}}).
        """;

    /// <summary>
    /// An article. 'title' on line 2, 'kind' on line 3, 'order' on line 4, 'authors' on line 5, 'teaser' on
    /// line 6, then <paramref name="extra"/> lines; without them the body starts on line 8.
    /// </summary>
    public static string Article(string series, string folder, string key, string language, int order, string kind = "report",
        string extra = "", string? body = null) => $$"""
        -- {{Folder}}/{{series}}/{{folder}}/{{key}}.{{language}}.md --
        ---
        title: "Article {{key}} ({{language}})"
        kind: {{kind}}
        order: {{order}}
        authors: []
        teaser: "Teaser of {{key}}."
        {{extra}}---
        {{body ?? $"Body of {key} ({language})."}}
        """;

    /// <summary>The same issue or article in both languages.</summary>
    public static string Both(Func<string, string> file) => SiteFiles.Join(file("de"), file("en"));
}
