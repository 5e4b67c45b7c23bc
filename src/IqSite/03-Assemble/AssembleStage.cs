using System.Collections.Frozen;
using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Stage 3, the only stage that builds the model: validates what needs the whole site
/// (taxonomy keys, sections, menus, URL collisions), builds one <see cref="LanguageSite"/>
/// per language and links translations. Throws when anything is wrong, so no later stage
/// ever sees a half-valid site.
/// </summary>
public static class AssembleStage
{
    /// <summary>
    /// The language's own documents, plus, for every document it lacks, the one of the first
    /// language of its fallback chain that has it. The home page is never borrowed (each language
    /// needs its own), nor are Leichte-Sprache pages, which every language links to where they are.
    /// </summary>
    private static List<ParsedDocument> WithFallbacks(string language, IReadOnlyList<ParsedDocument> documents, SiteConfig config)
    {
        var valid = documents.Where(d => d.IsValid).ToArray();
        var chosen = valid.Where(d => d.Language == language).ToList();
        var present = chosen.Select(d => (d.Kind, d.Key)).ToHashSet();
        foreach (var fallback in config.FallbackChain(language))
            foreach (var document in valid.Where(d => d.Language == fallback && d.Kind is not (ContentKind.Home or ContentKind.EasyLanguage)))
                if (present.Add((document.Kind, document.Key))) chosen.Add(document);
        return chosen;
    }

    /// <summary>
    /// The checks of what documents' Markdown says (sections, links to sheets, images, raw HTML,
    /// figure embeds: <see cref="ParsedDocument.Facts"/>) of <paramref name="documents"/>;
    /// <paramref name="sheets"/> are those of the whole site. The preview runs them for edited
    /// texts alone (<see cref="TextEditRebuild"/>).
    /// </summary>
    public static void CheckTexts(IReadOnlyCollection<ParsedDocument> documents, IReadOnlySet<(string Language, string Key)> sheets,
        ParseResult parsed, DiagnosticBag diagnostics)
    {
        var figureIds = parsed.Figures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        // Each check reads every document's facts and the model, and writes neither; diagnostics
        // are sorted before anyone sees them, so the checks run side by side.
        Parallel.Invoke(
            () => Parallel.ForEach(documents, document =>
            {
                if (document.FrontMatter is GoodPracticeFrontMatter data)
                    GoodPracticeValidator.Validate(document, data, parsed.Taxonomies, parsed.UiStrings, diagnostics);
                foreach (var embed in document.Facts.Figures)
                    if (!figureIds.Contains(embed.FigureId))
                        diagnostics.Error(document.Source.DisplayPath, document.FileLine(embed.Line), embed.IdColumn + 1,
                            $"unknown figure '{embed.FigureId}'{Suggestions.DidYouMean(embed.FigureId, figureIds)}: the ids are the file names in input/figures/");
            }),
            () => GoodPracticeLinks.Validate(documents.Where(d => d.IsValid), sheets, diagnostics),
            () => MarkdownImages.Validate(documents, parsed.Images, diagnostics),
            () => RawHtmlPolicy.Validate(documents, diagnostics));
    }

    public static SiteModel Run(ParseResult parsed, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = options.BaseUrl is null ? parsed.Config : parsed.Config with { BaseUrl = options.BaseUrl.TrimEnd('/') + "/" };
        var documents = PublishFilter.Apply(parsed.Documents, options);
        var sheets = GoodPracticeLinks.Sheets(documents.Where(d => d.IsValid));
        // Texts checked under the same context by an earlier build are not checked again (nor parsed for it).
        var memory = options.Memory;
        var checks = TextChecks.Context(parsed, sheets);
        CheckTexts([.. documents.Where(d => memory?.Checked(d.TextHash)?.Checks != checks)], sheets, parsed, diagnostics);

        var urls = new UrlRegistry(diagnostics);
        var contentFolder = Discover.SourceDiscovery.Display(options, Path.Combine(Path.GetFullPath(options.InputDirectory), "content"));
        var languages = config.Languages
            .Select(language => new LanguageAssembler(language, config, parsed, WithFallbacks(language.Code, documents, config), urls, contentFolder, diagnostics).Build())
            .ToImmutableArray();

        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());

        var translations = languages
            .SelectMany(l => l!.Pages)
            .GroupBy(p => p.TranslationKey, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                IReadOnlyDictionary<string, Page> (g) => g.ToDictionary(p => p.Language, StringComparer.Ordinal),
                StringComparer.Ordinal);
        var site = new SiteModel(config, parsed.Taxonomies, parsed.UiStrings, [.. languages.Select(l => l!)], translations)
        {
            Images = parsed.Images,
        };
        // Menu targets exist only now that every language is built.
        var links = TextChecks.LinksContext(site);
        SiteLinks.Validate(documents.Where(d => d.IsValid && memory?.Checked(d.TextHash)?.Links != links), site, diagnostics);
        if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
        foreach (var document in documents) memory?.RecordChecked(document.TextHash, new CheckedText(checks, links));
        return site;
    }
}
