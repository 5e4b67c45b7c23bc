using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// The network pages of one language: /&lt;lang&gt;/&lt;section&gt;/ with the map and the lists, and one page per
/// state network or specialist office with its key figures and good practices.
/// </summary>
internal sealed class NetworkAssembler(
    LanguageConfig language,
    ParseResult parsed,
    IReadOnlyList<ParsedDocument> documents,
    Func<Page, ParsedDocument?, Page?> add,
    DiagnosticBag diagnostics)
{
    private readonly string _code = language.Code;

    public NetworkIndexPage? Build(string title, string description, ImmutableArray<GoodPracticePage> sheets, IReadOnlyList<FigurePage> figures,
        ImmutableArray<SeriesPage> series)
    {
        var networkDocs = documents.Where(d => d.Kind == ContentKind.Network).ToArray();
        if (networkDocs.Length == 0 || parsed.Map is null) return null;
        if (OptionalSections.Root(language, SectionKeys.Networks, "network pages", diagnostics) is not { } root) return null;
        var figureById = figures.ToDictionary(f => f.Figure.Id, StringComparer.Ordinal);
        var networksTaxonomy = parsed.Taxonomies.All.First(t => t.Key == TaxonomyKeys.Networks);
        ReportDuplicateStates(networkDocs);
        var articles = ArticlesByNetwork(series, networksTaxonomy);

        var pages = networkDocs.Select(document =>
        {
            var data = (NetworkFrontMatter)document.FrontMatter;
            if (data.Kind == NetworkKind.StateNetwork && networksTaxonomy.Find(document.Key) is null)
                diagnostics.Error(document.Source.DisplayPath, 1, 1,
                    $"a state network's file name must be its key in the 'networks' taxonomy{Suggestions.DidYouMean(document.Key, networksTaxonomy.Terms.Select(t => t.Key))}");
            foreach (var id in data.Figures.Where(id => !figureById.ContainsKey(id.Value)))
                diagnostics.Error(id.Location, $"unknown figure '{id.Value}'{Suggestions.DidYouMean(id.Value, figureById.Keys)}: the ids are the file names in input/figures/");
            return (NetworkPage?)add(new NetworkPage
            {
                Url = $"{root}{data.Slug?.Value ?? document.Key}/",
                Language = _code,
                Title = data.Title,
                Description = data.Teaser,
                TranslationKey = $"network:{document.Key}",
                LastModified = data.Updated,
                Document = document,
                Data = data,
                Figures = [.. data.Figures.Where(id => figureById.ContainsKey(id.Value)).Select(id => figureById[id.Value])],
                GoodPractices = data.Kind == NetworkKind.StateNetwork
                    ? [.. sheets.Where(s => s.Data.Network.Value == document.Key)]
                    : [],
                Articles = [.. articles[document.Key]],
            }, document);
        }).OfType<NetworkPage>().OrderBy(p => p.Title, StringComparer.Create(language.Culture, ignoreCase: true)).ToArray();

        return (NetworkIndexPage?)add(new NetworkIndexPage
        {
            Url = root,
            Language = _code,
            Title = title,
            Description = description,
            TranslationKey = "networks",
            LastModified = pages.Select(p => p.LastModified).Max(),
            StateNetworks = [.. pages.Where(p => p.Data.Kind == NetworkKind.StateNetwork)],
            SpecialistOffices = [.. pages.Where(p => p.Data.Kind == NetworkKind.SpecialistOffice)],
            Map = parsed.Map,
        }, null);
    }

    /// <summary>Articles by network key: those of a series a network publishes, and those naming a network; unknown keys are errors.</summary>
    private ILookup<string, ArticlePage> ArticlesByNetwork(ImmutableArray<SeriesPage> series, Taxonomy networks)
    {
        var pairs = new List<(string Network, ArticlePage Article)>();
        var reported = new HashSet<SourceLocation>();
        foreach (var (seriesPage, article) in series.SelectMany(s => s.Issues.SelectMany(i => i.Articles.Select(a => (s, a)))))
        {
            var keys = article.Data.Networks.ToList();
            if (seriesPage.Data.Network is { } own) keys.Add(own);
            foreach (var key in keys.DistinctBy(k => k.Value))
            {
                if (networks.Find(key.Value) is null)
                {
                    if (reported.Add(key.Location))
                        diagnostics.Error(key.Location, $"unknown network '{key.Value}'{Suggestions.DidYouMean(key.Value, networks.Terms.Select(t => t.Key))}: the keys are the 'networks' terms in taxonomies.yml");
                }
                else
                    pairs.Add((key.Value, article));
            }
        }
        return pairs.OrderByDescending(p => p.Article.Date).ThenBy(p => p.Article.Url, StringComparer.Ordinal).ToLookup(p => p.Network, p => p.Article);
    }

    /// <summary>Each state has one place on the map.</summary>
    private void ReportDuplicateStates(ParsedDocument[] networks)
    {
        foreach (var group in networks.Select(d => (Document: d, ((NetworkFrontMatter)d.FrontMatter).State))
                     .Where(x => x.State is not null)
                     .GroupBy(x => x.State!.Value)
                     .Where(g => g.Count() > 1))
            foreach (var (_, state) in group.Skip(1))
                diagnostics.Error(state!.Location, $"'{state.Value}' is already the state of {group.First().Document.Source.DisplayPath}");
    }
}
