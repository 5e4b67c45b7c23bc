using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>A portrait exhibition (content/exhibits/&lt;exhibit&gt;/_index.&lt;lang&gt;.md); its body introduces it.</summary>
public sealed record ExhibitFrontMatter : FrontMatter
{
    public required string Teaser { get; init; }

    public required string Venue { get; init; }

    public required Located<DateOnly> Opening { get; init; }

    public required string Organiser { get; init; }

    /// <summary>Key of the exhibition's brochure in content/publications/.</summary>
    public Located<string>? Brochure { get; init; }

    public Located<string>? Cover { get; init; }

    public string? CoverAlt { get; init; }
}

/// <summary>
/// One person of an exhibition (content/exhibits/&lt;exhibit&gt;/&lt;key&gt;.&lt;lang&gt;.md); the body is
/// their story. Only published with the person's recorded consent.
/// </summary>
public sealed record PortraitFrontMatter : FrontMatter
{
    /// <summary>True when <see cref="FrontMatter.Title"/> is not the person's real name.</summary>
    public required bool Pseudonym { get; init; }

    public required string Origin { get; init; }

    public required string Profession { get; init; }

    /// <summary>Where the person stands now, in one line.</summary>
    public required string Status { get; init; }

    public string? Quote { get; init; }

    public required Located<string> Photo { get; init; }

    public required string PhotoAlt { get; init; }

    public required string PhotoCredit { get; init; }

    /// <summary>Fictional sample content: the page says so.</summary>
    public required bool Sample { get; init; }

    /// <summary>Position in the exhibition, 1 first.</summary>
    public required int Order { get; init; }
}
