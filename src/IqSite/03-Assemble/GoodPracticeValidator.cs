using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Checks what a sheet's front matter alone cannot: that every term key exists in
/// taxonomies.yml and that the body has the three sections of the IQ Good Practice format,
/// headed in the sheet's language, in order.
/// </summary>
internal static class GoodPracticeValidator
{
    public static void Validate(ParsedDocument document, GoodPracticeFrontMatter data, Taxonomies taxonomies,
        UiStrings strings, DiagnosticBag diagnostics)
    {
        foreach (var taxonomy in taxonomies.All)
        {
            foreach (var term in data.TermsOf(taxonomy.Key))
            {
                if (term.Value.Length == 0 || taxonomy.Find(term.Value) is not null) continue;
                diagnostics.Error(term.Location,
                    $"unknown {FieldName(taxonomy.Key)} '{term.Value}'{Suggestions.DidYouMean(term.Value, taxonomy.Terms.Select(t => t.Key))}; known keys are listed under '{taxonomy.Key}' in taxonomies.yml");
            }
        }
        ValidateSections(document, strings.For(document.Language), diagnostics);
    }

    private static void ValidateSections(ParsedDocument document, IReadOnlyDictionary<string, string> strings, DiagnosticBag diagnostics)
    {
        var expected = UiStringKeys.GoodPracticeSections.Select(k => strings[k]).ToArray();
        var file = document.Source.DisplayPath;
        var found = new List<MarkdownFacts.Heading>();
        foreach (var heading in document.Facts.Headings)
        {
            if (heading.Level == 1)
                diagnostics.Error(file, document.FileLine(heading.Line), heading.Column + 1,
                    "use '##' for sections: the sheet's title comes from 'title' in the front matter");
            else if (heading.Level == 2)
                found.Add(heading);
        }

        for (var i = 0; i < Math.Max(expected.Length, found.Count); i++)
        {
            if (i >= found.Count)
            {
                var at = found.Count > 0 ? document.FileLine(found[^1].Line) : document.BodyLine;
                diagnostics.Error(file, at, 1, $"missing section '## {expected[i]}' (a sheet has the sections: {string.Join(", ", expected)})");
                return;
            }
            var text = found[i].Text;
            if (i >= expected.Length)
            {
                diagnostics.Error(file, document.FileLine(found[i].Line), 1,
                    $"unexpected section '## {text}': a sheet has exactly the sections {string.Join(", ", expected)}; use '###' for subsections");
                return;
            }
            if (!string.Equals(text, expected[i], StringComparison.Ordinal))
            {
                diagnostics.Error(file, document.FileLine(found[i].Line), 1,
                    $"expected section '## {expected[i]}' here, found '## {text}'");
                return;
            }
        }
    }

    private static string FieldName(string taxonomy) => taxonomy switch
    {
        TaxonomyKeys.Networks => "network",
        TaxonomyKeys.FundingRounds => "funding round",
        TaxonomyKeys.Topics => "topic",
        _ => "audience",
    };
}
