using System.Collections.Immutable;
using IqSite.Generate;

namespace IqSite.Write;

/// <summary>The pages one language gains, changes and loses against the previous output/.</summary>
public sealed record LanguageChanges(string Language, ImmutableArray<string> Added, ImmutableArray<string> Changed, ImmutableArray<string> Removed);

/// <summary>
/// What a build changes on the site, page by page and by language, so a reviewer of a pull
/// request sees its effect (the CI builds the base branch first, then the change).
/// </summary>
public static class OutputChanges
{
    /// <returns>Null when there is no previous output to compare with.</returns>
    public static ImmutableArray<LanguageChanges>? Compare(string previousOutput, IReadOnlyList<OutputFile> files)
    {
        if (!File.Exists(Path.Combine(previousOutput, WriteStage.MarkerFile))) return null;
        var before = Directory.EnumerateFiles(previousOutput, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(previousOutput, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var after = files.Where(f => f.Content is not null && f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => f.Content!, StringComparer.Ordinal);
        var added = after.Keys.Where(p => !before.Contains(p));
        var removed = before.Where(p => !after.ContainsKey(p));
        var changed = after.Where(p => before.Contains(p.Key) && !File.ReadAllBytes(Path.Combine(previousOutput, p.Key)).AsSpan().SequenceEqual(p.Value))
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
