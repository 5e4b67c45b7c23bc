using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>The brochure library of one language (/&lt;lang&gt;/&lt;section&gt;/) and one page per publication.</summary>
internal sealed class PublicationAssembler(
    LanguageConfig language,
    ParseResult parsed,
    IReadOnlyList<ParsedDocument> documents,
    Func<Page, ParsedDocument?, Page?> add,
    Func<string, Page?> findPage,
    DiagnosticBag diagnostics)
{
    private readonly FolderFiles _files = new(parsed, diagnostics);

    public PublicationIndexPage? Build(string title, string description)
    {
        var docs = documents.Where(d => d.Kind == ContentKind.Publication).ToArray();
        if (docs.Length == 0) return null;
        if (OptionalSections.Root(language, SectionKeys.Publications, "publications", diagnostics) is not { } root) return null;
        if (parsed.Config.ContactEmail is null)
            diagnostics.Error(docs[0].Source.DisplayPath, 1, 1,
                "publications offer readers to ask for an accessible format: add 'contact_email: …' to site.yml");
        var pages = docs.Select(document =>
        {
            var data = (PublicationFrontMatter)document.FrontMatter;
            return (PublicationPage?)add(new PublicationPage
            {
                Url = $"{root}{data.Slug?.Value ?? document.Key}/",
                Language = language.Code,
                Title = data.Title,
                Description = data.Summary,
                TranslationKey = $"publication:{document.Key}",
                LastModified = data.Date.Value,
                Document = document,
                Data = data,
                Cover = data.Cover is { } cover ? _files.Image(document, cover) : null,
                Downloads = [.. data.Files.Select(f => _files.Download(document, f.File) is { } file ? new PublicationDownload(file, f.Language.Value) : null)
                    .OfType<PublicationDownload>()],
                HtmlVersion = data.Html is { } html ? HtmlVersion(html) : null,
            }, document);
        }).OfType<PublicationPage>()
            .OrderByDescending(p => p.Data.Date.Value)
            .ThenBy(p => p.Title, StringComparer.Create(language.Culture, ignoreCase: true))
            .ToImmutableArray();
        return (PublicationIndexPage?)add(new PublicationIndexPage
        {
            Url = root,
            Language = language.Code,
            Title = title,
            Description = description,
            TranslationKey = "publications",
            LastModified = pages.Select(p => p.LastModified).Max(),
            Publications = pages,
        }, null);
    }

    /// <summary>'html' names a page of the site by its key, e.g. gp:kmu-toolbox for a good-practice sheet.</summary>
    private Page? HtmlVersion(Located<string> key)
    {
        if (findPage(key.Value) is { } page) return page;
        diagnostics.Error(key.Location,
            $"'html' must name a page of the site in '{language.Code}' as gp:<sheet>, issue:<series>/<yyyy-nn>, article:<series>/<yyyy-nn>/<article>, network:<key> or page:<key>; found '{key.Value}'");
        return null;
    }
}
