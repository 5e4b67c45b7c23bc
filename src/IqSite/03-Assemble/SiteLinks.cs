using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Links to a section or page of the site by its key, <c>[Zahlen](site:figures)</c> or
/// <c>[Impressum](site:imprint)</c>: the keys of site.yml's menus (home, good-practice, networks,
/// newsletters, publications, exhibits, figures, search, or a file name in content/pages/). They
/// resolve in the linking page's language, also where the text is shown as another language's
/// fallback, which relative links like ../zahlen/ cannot.
/// </summary>
public static class SiteLinks
{
    public const string Scheme = "site:";

    /// <summary>An unknown key is an error at the link, once per file.</summary>
    public static void Validate(IEnumerable<ParsedDocument> documents, SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
            foreach (var link in document.Facts.Links)
            {
                if (link.Url is not { } url || !url.StartsWith(Scheme, StringComparison.Ordinal)) continue;
                var key = url[Scheme.Length..];
                var targets = site.Language(document.Language).MenuTargets;
                if (targets.ContainsKey(key)) continue;
                diagnostics.Error(document.Source.DisplayPath, document.FileLine(link.Line), link.Column + 1,
                    $"no section or page '{key}' in '{document.Language}'{Suggestions.DidYouMean(key, targets.Keys)}: use a menu key from site.yml or the file name of a page in content/pages/");
            }
    }

    /// <summary>Rewrites site: links to the target's URL in <paramref name="language"/>; other URLs pass unchanged.</summary>
    public static Func<string, string> Rewriter(LanguageSite language, Func<string, string> next) =>
        url => url.StartsWith(Scheme, StringComparison.Ordinal) && language.MenuTargets.TryGetValue(url[Scheme.Length..], out var target)
            ? target.Url
            : next(url);
}
