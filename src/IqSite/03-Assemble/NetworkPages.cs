using System.Collections.Immutable;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>The state networks (on a map and as a list) and the specialist offices.</summary>
public sealed record NetworkIndexPage : Page
{
    public required ImmutableArray<NetworkPage> StateNetworks { get; init; }

    public required ImmutableArray<NetworkPage> SpecialistOffices { get; init; }

    public required GermanyMap Map { get; init; }
}

/// <summary>A state network or specialist office: report, key figures and its good practices.</summary>
public sealed record NetworkPage : Page
{
    public required NetworkFrontMatter Data { get; init; }

    public required ImmutableArray<FigurePage> Figures { get; init; }

    /// <summary>Sheets filed under this network in the 'networks' taxonomy, newest first.</summary>
    public required ImmutableArray<GoodPracticePage> GoodPractices { get; init; }

    /// <summary>Newsletter articles of the network's own series or about the network, newest first.</summary>
    public required ImmutableArray<ArticlePage> Articles { get; init; }
}
