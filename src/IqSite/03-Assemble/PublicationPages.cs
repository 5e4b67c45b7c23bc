using System.Collections.Immutable;
using IqSite.Parse;
using IqSite.Parse.Images;

namespace IqSite.Assemble;

/// <summary>The brochure library: every publication, newest first, filterable by type, language and year.</summary>
public sealed record PublicationIndexPage : Page
{
    public required ImmutableArray<PublicationPage> Publications { get; init; }
}

/// <summary>A publication with its downloads and, where the site has it, the same text as a web page.</summary>
public sealed record PublicationPage : Page
{
    public required PublicationFrontMatter Data { get; init; }

    public required ContentImage? Cover { get; init; }

    public required ImmutableArray<PublicationDownload> Downloads { get; init; }

    public required Page? HtmlVersion { get; init; }
}

/// <param name="Language">Language code of the file's text.</param>
public sealed record PublicationDownload(FileDownload File, string Language);
