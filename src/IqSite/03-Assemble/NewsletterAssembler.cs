using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// The newsletter pages of one language: series → issue → articles, built from the leaves up
/// so every page is complete when created. URLs: /&lt;lang&gt;/&lt;section&gt;/&lt;series slug&gt;/&lt;yyyy-nn&gt;/&lt;article&gt;/.
/// </summary>
internal sealed class NewsletterAssembler(
    LanguageConfig language,
    ParseResult parsed,
    IReadOnlyList<ParsedDocument> documents,
    Func<Page, ParsedDocument?, Page?> add,
    DiagnosticBag diagnostics)
{
    private readonly string _code = language.Code;
    private readonly FolderFiles _files = new(parsed, diagnostics);

    private string Root { get; set; } = "";

    /// <returns>The index of all series, or null when the language has none.</returns>
    public NewsletterIndexPage? Build(string title, string description)
    {
        if (!documents.Any(d => d.Kind is ContentKind.Series or ContentKind.Issue or ContentKind.Article)) return null;
        if (OptionalSections.Root(language, SectionKeys.Newsletters, "newsletters", diagnostics) is not { } root) return null;
        Root = root;
        var series = documents.Where(d => d.Kind == ContentKind.Series).OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(BuildSeries)
            .OfType<SeriesPage>()
            .ToImmutableArray();
        ReportOrphans();
        if (series.IsEmpty) return null;
        return (NewsletterIndexPage?)add(new NewsletterIndexPage
        {
            Url = Root,
            Language = _code,
            Title = title,
            Description = description,
            TranslationKey = "newsletters",
            LastModified = series.Select(s => s.LastModified).Max(),
            Series = series,
        }, null);
    }

    private SeriesPage? BuildSeries(ParsedDocument document)
    {
        var data = (SeriesFrontMatter)document.FrontMatter;
        var url = $"{Root}{data.Slug!.Value}/";
        var link = new PageLink(data.Title, url);
        var issues = documents
            .Where(d => d.Kind == ContentKind.Issue && d.Key.StartsWith(document.Key + "/", StringComparison.Ordinal))
            .Select(d => BuildIssue(d, link))
            .OfType<IssuePage>()
            .OrderByDescending(i => i.Data.Date.Value)
            .ThenByDescending(i => i.Url, StringComparer.Ordinal)
            .ToImmutableArray();
        return (SeriesPage?)add(new SeriesPage
        {
            Url = url,
            Language = _code,
            Title = data.Title,
            Description = data.Description,
            TranslationKey = $"series:{document.Key}",
            LastModified = issues.Select(i => i.LastModified).Max(),
            Document = document,
            Data = data,
            Issues = issues,
        }, document);
    }

    private IssuePage? BuildIssue(ParsedDocument document, PageLink series)
    {
        var data = (IssueFrontMatter)document.FrontMatter;
        var folder = document.Key[(document.Key.IndexOf('/') + 1)..];
        var url = $"{series.Url}{folder}/";
        var title = $"{series.Title} {data.Number}: {data.Title}";
        var link = new PageLink(title, url);
        var articleDocs = documents
            .Where(d => d.Kind == ContentKind.Article && d.Key.StartsWith(document.Key + "/", StringComparison.Ordinal))
            .OrderBy(d => ((ArticleFrontMatter)d.FrontMatter).Order)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToArray();
        ReportSameOrder(articleDocs);
        var urls = articleDocs.Select(d => $"{url}{d.FrontMatter.Slug?.Value ?? d.Key[(d.Key.LastIndexOf('/') + 1)..]}/").ToArray();
        var articles = ImmutableArray.CreateBuilder<ArticlePage>();
        for (var i = 0; i < articleDocs.Length; i++)
        {
            var article = articleDocs[i];
            var articleData = (ArticleFrontMatter)article.FrontMatter;
            var page = (ArticlePage?)add(new ArticlePage
            {
                Url = urls[i],
                Language = _code,
                Title = articleData.Title,
                Description = articleData.Teaser,
                TranslationKey = $"article:{article.Key}",
                LastModified = data.Date.Value,
                Document = article,
                Data = articleData,
                Series = series,
                Issue = link,
                IssueNumber = data.Number,
                Date = data.Date.Value,
                Previous = i > 0 ? new PageLink(articleDocs[i - 1].FrontMatter.Title, urls[i - 1]) : null,
                Next = i + 1 < articleDocs.Length ? new PageLink(articleDocs[i + 1].FrontMatter.Title, urls[i + 1]) : null,
            }, article);
            if (page is not null) articles.Add(page);
        }
        return (IssuePage?)add(new IssuePage
        {
            Url = url,
            Language = _code,
            Title = title,
            Description = data.Teaser,
            TranslationKey = $"issue:{document.Key}",
            LastModified = data.Date.Value,
            Document = document,
            Data = data,
            Series = series,
            Articles = articles.ToImmutable(),
            Cover = data.Cover is { } cover ? _files.Image(document, cover) : null,
            Pdf = data.Pdf is { } pdf ? _files.Download(document, pdf) : null,
        }, document);
    }

    /// <summary>Two articles with the same 'order' would appear in an order nobody chose.</summary>
    private void ReportSameOrder(ParsedDocument[] articles)
    {
        foreach (var group in articles.GroupBy(a => ((ArticleFrontMatter)a.FrontMatter).Order).Where(g => g.Count() > 1))
            foreach (var article in group.Skip(1))
                diagnostics.Error(article.Source.DisplayPath, 1, 1,
                    $"'order: {group.Key}' is also used by {group.First().Source.DisplayPath}: give every article of the issue its own position");
    }

    /// <summary>Issues and articles need the files above them in the same language.</summary>
    private void ReportOrphans()
    {
        var keys = documents.Select(d => (d.Kind, d.Key)).ToHashSet();
        foreach (var document in documents.Where(d => d.Kind is ContentKind.Issue or ContentKind.Article))
        {
            var parentKey = document.Key[..document.Key.LastIndexOf('/')];
            var parentKind = document.Kind == ContentKind.Issue ? ContentKind.Series : ContentKind.Issue;
            if (keys.Contains((parentKind, parentKey))) continue;
            var folder = document.Source.DisplayPath[..(document.Source.DisplayPath.LastIndexOf('/') + 1)];
            var parentFile = document.Kind == ContentKind.Issue ? $"{folder[..folder.TrimEnd('/').LastIndexOf('/')]}/_index.{_code}.md" : $"{folder}_index.{_code}.md";
            diagnostics.Error(document.Source.DisplayPath, 1, 1,
                $"this {(document.Kind == ContentKind.Issue ? "issue" : "article")} belongs to {parentFile}, which is missing or has errors");
        }
    }
}
