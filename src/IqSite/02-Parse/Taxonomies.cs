using System.Collections.Immutable;

namespace IqSite.Parse;

/// <summary>input/taxonomies.yml: stable term keys with labels and URL slugs per language.</summary>
public sealed record Taxonomies(ImmutableArray<Taxonomy> All)
{
    public Taxonomy Get(string key) => All.First(t => t.Key == key);
}

/// <summary>
/// One way of classifying good practices. <see cref="Key"/> is also the front matter field
/// that names its terms (network → 'network', the others are lists).
/// </summary>
public sealed record Taxonomy(
    string Key,
    ImmutableDictionary<string, string> Title,
    ImmutableDictionary<string, string> Slug,
    ImmutableArray<Term> Terms)
{
    public Term? Find(string key) => Terms.FirstOrDefault(t => t.Key == key);
}

/// <summary>A term; <see cref="Slug"/> has an entry for every language (the key when none is given).</summary>
public sealed record Term(string Key, ImmutableDictionary<string, string> Label, ImmutableDictionary<string, string> Slug);

public static class TaxonomyKeys
{
    public const string Networks = "networks";
    public const string Topics = "topics";
    public const string Audiences = "audiences";
    public const string FundingRounds = "funding_rounds";

    /// <summary>In the order sheet pages and the finder show them.</summary>
    public static readonly ImmutableArray<string> All = [Networks, Topics, Audiences, FundingRounds];
}
