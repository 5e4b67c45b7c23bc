using System.Collections.Immutable;
using IqSite.Parse;
using IqSite.Parse.Images;

namespace IqSite.Assemble;

/// <summary>All portrait exhibitions, newest opening first.</summary>
public sealed record ExhibitIndexPage : Page
{
    public required ImmutableArray<ExhibitPage> Exhibits { get; init; }
}

/// <summary>An exhibition: where and when it opened, who organised it, its portraits and brochure.</summary>
public sealed record ExhibitPage : Page
{
    public required ExhibitFrontMatter Data { get; init; }

    public required ContentImage? Cover { get; init; }

    public required ImmutableArray<PortraitPage> Portraits { get; init; }

    public required PublicationPage? Brochure { get; init; }
}

/// <summary>One person's way into work, with photo and the exhibition around it.</summary>
public sealed record PortraitPage : Page
{
    public required PortraitFrontMatter Data { get; init; }

    public required ContentImage? Photo { get; init; }

    public required PageLink Exhibit { get; init; }

    public required PageLink? Previous { get; init; }

    public required PageLink? Next { get; init; }
}
