using System.Collections.Immutable;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>All newsletter series of a language.</summary>
public sealed record NewsletterIndexPage : Page
{
    public required ImmutableArray<SeriesPage> Series { get; init; }
}

/// <summary>A series with all its issues, newest first; the archive readers browse by year.</summary>
public sealed record SeriesPage : Page
{
    public required SeriesFrontMatter Data { get; init; }

    public required ImmutableArray<IssuePage> Issues { get; init; }

    /// <summary>The series' Atom feed.</summary>
    public string FeedUrl => $"{Url}feed.xml";
}

/// <summary>One issue: cover, editorial introduction and the table of contents.</summary>
public sealed record IssuePage : Page
{
    public required IssueFrontMatter Data { get; init; }

    public required PageLink Series { get; init; }

    /// <summary>In table-of-contents order.</summary>
    public required ImmutableArray<ArticlePage> Articles { get; init; }

    public Parse.Images.ContentImage? Cover { get; init; }

    public FileDownload? Pdf { get; init; }
}

/// <summary>One article, with the issue it belongs to and its neighbours in the table of contents.</summary>
public sealed record ArticlePage : Page
{
    public required ArticleFrontMatter Data { get; init; }

    public required PageLink Series { get; init; }

    public required PageLink Issue { get; init; }

    public required string IssueNumber { get; init; }

    public required DateOnly Date { get; init; }

    public PageLink? Previous { get; init; }

    public PageLink? Next { get; init; }
}

public sealed record PageLink(string Title, string Url);

/// <summary>A file offered for download, described so readers know what they get before they click.</summary>
/// <param name="Pages">Page count of a PDF; null when it could not be read.</param>
/// <param name="Text">A PDF's text, for the search index.</param>
public sealed record FileDownload(string Url, string Format, long Bytes, int? Pages, string? Text = null);
