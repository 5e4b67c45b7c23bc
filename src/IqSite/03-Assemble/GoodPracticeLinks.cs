using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Links to a good-practice sheet by key, <c>[text](good-practice:kmu-toolbox)</c>: they resolve
/// to the sheet in the linking page's language, so one Markdown source works in every language
/// and survives renamed slugs. A key without a sheet in that language is an error at the link.
/// </summary>
public static class GoodPracticeLinks
{
    public const string Scheme = "good-practice:";

    /// <summary>The sheets links can lead to: language and key of each published one.</summary>
    public static IReadOnlySet<(string Language, string Key)> Sheets(IEnumerable<ParsedDocument> published) =>
        published.Where(d => d.Kind == ContentKind.GoodPractice).Select(d => (d.Language, d.Key)).ToHashSet();

    public static void Validate(IEnumerable<ParsedDocument> documents, IReadOnlySet<(string Language, string Key)> sheets, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
            foreach (var link in document.Facts.Links)
            {
                if (link.Url is not { } url || !url.StartsWith(Scheme, StringComparison.Ordinal)) continue;
                var key = url[Scheme.Length..];
                if (sheets.Contains((document.Language, key))) continue;
                var known = sheets.Where(s => s.Language == document.Language).Select(s => s.Key);
                diagnostics.Error(document.Source.DisplayPath, document.FileLine(link.Line), link.Column + 1,
                    $"no good-practice sheet '{key}' in '{document.Language}'{Suggestions.DidYouMean(key, known)}: the key is the sheet's file name in content/good-practice/ without .{document.Language}.md");
            }
    }

    /// <summary>Rewrites good-practice links to the sheets' URLs; other URLs pass unchanged.</summary>
    public static Func<string, string> Rewriter(LanguageSite language)
    {
        var urls = language.GoodPractices.ToDictionary(p => p.Document!.Key, p => p.Url, StringComparer.Ordinal);
        return url => url.StartsWith(Scheme, StringComparison.Ordinal) && urls.TryGetValue(url[Scheme.Length..], out var target) ? target : url;
    }
}
