using System.Collections.Immutable;
using IqSite.Diagnostics;

namespace IqSite.Parse;

public enum NetworkKind { StateNetwork, SpecialistOffice }

/// <summary>
/// An IQ state network (Landesnetzwerk) or specialist office (Fachstelle), content/networks/&lt;key&gt;.&lt;lang&gt;.md.
/// A state network's key is its term in the 'networks' taxonomy, which links it to its good practices.
/// </summary>
public sealed record NetworkFrontMatter : FrontMatter
{
    public required NetworkKind Kind { get; init; }

    /// <summary>The funding period the page reports on, e.g. "2015-2022"; the IQ structure changed in 2023.</summary>
    public required string Period { get; init; }

    public required string Teaser { get; init; }

    /// <summary>ISO 3166-2 code of a state network's state, e.g. DE-SN: its place on the map.</summary>
    public Located<string>? State { get; init; }

    public string? Coordinator { get; init; }

    public string? Website { get; init; }

    /// <summary>Key figures shown on the page, by figure id.</summary>
    public required ImmutableArray<Located<string>> Figures { get; init; }
}
