using System.IO.Hashing;
using System.Text;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// What the checks of a document's Markdown depend on besides its text. A check's result is a
/// function of the text and this context, so a text checked under the same context in an
/// earlier build needs no check now, nor its Markdown parsed for one (<see cref="ParsedDocument.Markdown"/>).
/// </summary>
internal static class TextChecks
{
    /// <summary>For <see cref="AssembleStage.CheckTexts"/>: the sheets links may name, figure ids, images, taxonomy terms and UI strings (section headings).</summary>
    public static string Context(ParseResult parsed, IReadOnlySet<(string Language, string Key)> sheets) => Hash(
        sheets.Select(s => $"sheet {s.Language} {s.Key}")
            .Concat(parsed.Figures.Select(f => $"figure {f.Id}"))
            .Concat(parsed.Images.Keys.Select(k => $"image {k}"))
            .Concat(parsed.Taxonomies.All.SelectMany(t => t.Terms.Select(term => $"term {t.Key} {term.Key}")))
            .Concat(parsed.UiStrings.ByLanguage.SelectMany(l => l.Value.Select(s => $"string {l.Key} {s.Key} {s.Value}"))));

    /// <summary>For <see cref="SiteLinks.Validate"/>: the keys site: links may name, per language.</summary>
    public static string LinksContext(SiteModel site) =>
        Hash(site.Languages.SelectMany(l => l.MenuTargets.Keys.Select(k => $"{l.Language.Code} {k}")));

    // Sorted: the context must not depend on the order things were found in.
    private static string Hash(IEnumerable<string> lines)
    {
        var hash = new XxHash128();
        foreach (var line in lines.Order(StringComparer.Ordinal)) hash.Append(Encoding.UTF8.GetBytes(line + "\n"));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
