using System.Collections.Immutable;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>A brochure or other download (content/publications/&lt;key&gt;/_index.&lt;lang&gt;.md); the body describes it.</summary>
public sealed record PublicationFrontMatter : FrontMatter
{
    public required Located<string> Type { get; init; }

    public required Located<DateOnly> Date { get; init; }

    public required string Publisher { get; init; }

    public required string Summary { get; init; }

    public Located<string>? Cover { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>The downloads, each a file in the publication's folder and the language of its text.</summary>
    public required ImmutableArray<PublicationFile> Files { get; init; }

    /// <summary>The page that holds the same text as HTML, by translation key (e.g. gp:kmu-toolbox).</summary>
    public Located<string>? Html { get; init; }
}

public sealed record PublicationFile(Located<string> File, Located<string> Language);

public static class PublicationTypes
{
    /// <summary>The front matter's spelling of each type; also the UI string key suffix.</summary>
    public static readonly ImmutableArray<string> Names = ["brochure", "guide", "report", "flyer", "documentation"];
}
