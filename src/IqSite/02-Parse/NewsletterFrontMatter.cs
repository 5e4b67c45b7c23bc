using System.Collections.Immutable;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>A newsletter series (content/newsletters/&lt;series&gt;/_index.&lt;lang&gt;.md), e.g. IQ konkret.</summary>
public sealed record SeriesFrontMatter : FrontMatter
{
    /// <summary>The state network that publishes the series (its key in the 'networks' taxonomy): its articles are listed on the network's page.</summary>
    public Located<string>? Network { get; init; }
}

/// <summary>One issue (content/newsletters/&lt;series&gt;/&lt;yyyy-nn&gt;/_index.&lt;lang&gt;.md); its body is the editorial introduction.</summary>
public sealed record IssueFrontMatter : FrontMatter
{
    /// <summary>The number as printed, e.g. "3/2022".</summary>
    public required string Number { get; init; }

    /// <summary>Publication date: orders the archive; a future date is held back until then.</summary>
    public required Located<DateOnly> Date { get; init; }

    public required string Teaser { get; init; }

    /// <summary>Cover image in the issue folder, with its text alternative.</summary>
    public Located<string>? Cover { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>The print version (PDF) in the issue folder.</summary>
    public Located<string>? Pdf { get; init; }
}

/// <summary>One article of an issue (content/newsletters/&lt;series&gt;/&lt;yyyy-nn&gt;/&lt;key&gt;.&lt;lang&gt;.md).</summary>
public sealed record ArticleFrontMatter : FrontMatter
{
    public required ArticleKind Kind { get; init; }

    /// <summary>Position in the issue's table of contents, 1 first.</summary>
    public required int Order { get; init; }

    /// <summary>Names or initials as printed; may be empty.</summary>
    public required ImmutableArray<string> Authors { get; init; }

    public required string Teaser { get; init; }

    /// <summary>State networks the article is about (keys in the 'networks' taxonomy), besides its series' own network.</summary>
    public required ImmutableArray<Located<string>> Networks { get; init; }
}

public enum ArticleKind { Editorial, Interview, ExpertArticle, Report, Dates, Announcement }

public static class ArticleKinds
{
    /// <summary>The front matter's spelling of each kind, in the order the documentation lists them; also the UI string key suffix.</summary>
    public static readonly ImmutableArray<string> Names = ["editorial", "interview", "expert-article", "report", "dates", "announcement"];

    public static readonly ImmutableDictionary<string, ArticleKind> ByName =
        Names.Zip(Enum.GetValues<ArticleKind>()).ToImmutableDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    public static string Name(ArticleKind kind) => ByName.First(p => p.Value == kind).Key;
}
