using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Which documents go live: not drafts (unless --drafts), not issues dated after today (unless
/// --future), and never the articles of an issue that is held back.
/// </summary>
internal static class PublishFilter
{
    public static ParsedDocument[] Apply(IEnumerable<ParsedDocument> documents, BuildOptions options)
    {
        var all = documents.ToArray();
        var heldBack = all
            .Where(d => d.FrontMatter is IssueFrontMatter issue && !IsPublished(issue, options))
            .Select(d => (d.Language, d.Key))
            .ToHashSet();
        return [.. all.Where(d =>
            (options.IncludeDrafts || !d.FrontMatter.Draft)
            && !heldBack.Contains((d.Language, d.Key))
            && !(d.Kind == ContentKind.Article && heldBack.Contains((d.Language, d.Key[..d.Key.LastIndexOf('/')]))))];
    }

    private static bool IsPublished(IssueFrontMatter issue, BuildOptions options) =>
        (options.IncludeDrafts || !issue.Draft) && (options.IncludeFuture || issue.Date.Value <= options.Today);
}
