using System.Collections.Immutable;

namespace IqSite.Write;

/// <summary>The pages one language gains, changes and loses against the previous output/.</summary>
public sealed record LanguageChanges(string Language, ImmutableArray<string> Added, ImmutableArray<string> Changed, ImmutableArray<string> Removed);

/// <summary>
/// What a build changes on the site, page by page and by language, so a reviewer of a pull
/// request sees its effect (the CI builds the base branch first, then the change).
/// </summary>
public static class OutputChanges
{
    /// <param name="previous">The manifest of the previous output/; null when there is none.</param>
    public static ImmutableArray<LanguageChanges>? Compare(IReadOnlyDictionary<string, ManifestEntry>? previous, IReadOnlyDictionary<string, ManifestEntry> current)
    {
        if (previous is null) return null;
        static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);
        var added = current.Keys.Where(p => IsPage(p) && !previous.ContainsKey(p));
        var removed = previous.Keys.Where(p => IsPage(p) && !current.ContainsKey(p));
        var changed = current.Where(p => IsPage(p.Key) && previous.TryGetValue(p.Key, out var before) && before.Fingerprint != p.Value.Fingerprint)
            .Select(p => p.Key);
        var rows = added.Select(p => (Kind: '+', Path: p)).Concat(changed.Select(p => (Kind: '~', Path: p))).Concat(removed.Select(p => (Kind: '-', Path: p)));
        return [.. rows
            .GroupBy(r => Language(r.Path))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageChanges(g.Key,
                [.. g.Where(r => r.Kind == '+').Select(r => Url(r.Path)).Order(StringComparer.Ordinal)],
                [.. g.Where(r => r.Kind == '~').Select(r => Url(r.Path)).Order(StringComparer.Ordinal)],
                [.. g.Where(r => r.Kind == '-').Select(r => Url(r.Path)).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>The language folder a page lives in; pages at the root (language chooser, 404) belong to the whole site.</summary>
    private static string Language(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : "/";

    private static string Url(string path) => "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
}
