using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>
/// Portrait exhibitions of one language: /&lt;lang&gt;/&lt;section&gt;/ lists them, each exhibition has
/// a page with its portraits, and each portrait a page of its own.
/// </summary>
internal sealed class ExhibitAssembler(
    LanguageConfig language,
    ParseResult parsed,
    IReadOnlyList<ParsedDocument> documents,
    Func<Page, ParsedDocument?, Page?> add,
    DiagnosticBag diagnostics)
{
    private readonly FolderFiles _files = new(parsed, diagnostics);

    public ExhibitIndexPage? Build(string title, string description, ImmutableArray<PublicationPage> publications)
    {
        var exhibits = documents.Where(d => d.Kind == ContentKind.Exhibit).ToArray();
        if (exhibits.Length == 0) return null;
        if (OptionalSections.Root(language, SectionKeys.Exhibits, "exhibitions", diagnostics) is not { } root) return null;
        foreach (var orphan in documents.Where(d => d.Kind == ContentKind.Portrait && !exhibits.Any(e => d.Key.StartsWith(e.Key + "/", StringComparison.Ordinal))))
            diagnostics.Error(orphan.Source.DisplayPath, 1, 1, $"this portrait's folder has no _index.{language.Code}.md describing the exhibition");
        var pages = exhibits.Select(e => Exhibit(e, root, publications)).OfType<ExhibitPage>()
            .OrderByDescending(p => p.Data.Opening.Value)
            .ToImmutableArray();
        return (ExhibitIndexPage?)add(new ExhibitIndexPage
        {
            Url = root,
            Language = language.Code,
            Title = title,
            Description = description,
            TranslationKey = "exhibits",
            LastModified = pages.Select(p => p.LastModified).Max(),
            Exhibits = pages,
        }, null);
    }

    private ExhibitPage? Exhibit(ParsedDocument document, string root, ImmutableArray<PublicationPage> publications)
    {
        var data = (ExhibitFrontMatter)document.FrontMatter;
        var url = $"{root}{data.Slug?.Value ?? document.Key}/";
        var link = new PageLink(data.Title, url);
        var portraitDocs = documents
            .Where(d => d.Kind == ContentKind.Portrait && d.Key.StartsWith(document.Key + "/", StringComparison.Ordinal))
            .OrderBy(d => ((PortraitFrontMatter)d.FrontMatter).Order)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToArray();
        var urls = portraitDocs.Select(d => $"{url}{d.FrontMatter.Slug?.Value ?? d.Key[(d.Key.IndexOf('/') + 1)..]}/").ToArray();
        var portraits = ImmutableArray.CreateBuilder<PortraitPage>();
        for (var i = 0; i < portraitDocs.Length; i++)
        {
            var portrait = portraitDocs[i];
            var portraitData = (PortraitFrontMatter)portrait.FrontMatter;
            if (add(new PortraitPage
            {
                Url = urls[i],
                Language = language.Code,
                Title = portraitData.Title,
                Description = portraitData.Description,
                TranslationKey = $"portrait:{portrait.Key}",
                LastModified = data.Opening.Value,
                Document = portrait,
                Data = portraitData,
                Photo = _files.Image(portrait, portraitData.Photo),
                Exhibit = link,
                Previous = i > 0 ? new PageLink(portraitDocs[i - 1].FrontMatter.Title, urls[i - 1]) : null,
                Next = i + 1 < portraitDocs.Length ? new PageLink(portraitDocs[i + 1].FrontMatter.Title, urls[i + 1]) : null,
            }, portrait) is PortraitPage page)
                portraits.Add(page);
        }
        var brochure = data.Brochure is { } key ? publications.FirstOrDefault(p => p.Document!.Key == key.Value) : null;
        if (data.Brochure is { } missing && brochure is null)
            diagnostics.Error(missing.Location, $"no publication '{missing.Value}' in '{language.Code}'{Suggestions.DidYouMean(missing.Value, publications.Select(p => p.Document!.Key))}: the key is the folder name in content/publications/");
        return (ExhibitPage?)add(new ExhibitPage
        {
            Url = url,
            Language = language.Code,
            Title = data.Title,
            Description = data.Teaser,
            TranslationKey = $"exhibit:{document.Key}",
            LastModified = data.Opening.Value,
            Document = document,
            Data = data,
            Cover = data.Cover is { } cover ? _files.Image(document, cover) : null,
            Portraits = portraits.ToImmutable(),
            Brochure = brochure,
        }, document);
    }
}
