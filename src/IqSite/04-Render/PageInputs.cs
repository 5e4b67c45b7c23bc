using System.Globalization;
using System.IO.Hashing;
using System.Text;
using IqSite.Assemble;
using IqSite.Discover;
using IqSite.Parse;

namespace IqSite.Render;

/// <summary>
/// What a page is made from, told without making its view: everything the site model and the
/// theme are made from except the Markdown texts of the documents, and the text of the page's own
/// document. No page shows anything of another document's text (lists, cards, menus and the
/// search metadata come from front matter; see <see cref="TextEditRebuild"/>) but a marked
/// translation, which says whether its original changed and has no inputs here, so a page whose
/// inputs are the ones it had in the previous build has the render key it had then
/// (<see cref="RenderKeys"/>), and its file is kept without making its view to hash. After one
/// changed text, making the views of all 13,800 pages of a site of 2 × 5,000 sheets only to find
/// their keys unchanged was the largest part of the rebuild.
/// </summary>
/// <remarks>
/// What a file adds: site.yml, taxonomies, figures, templates and UI strings their whole text;
/// a Markdown file its path and its front matter's YAML (<see cref="ParsedDocument.FrontMatterKey"/>), not its body; files beside the texts what the model
/// reads of them (size, page count and text of PDFs, the variants of images); static files and
/// theme assets their path, since they are copied, not shown. The build's options count too
/// (base URL, drafts, today's date for scheduled issues).
/// </remarks>
public sealed class PageInputs
{
    private readonly string _site;

    public PageInputs(BuildOptions options, IReadOnlyList<SourceFile> sources, ParseResult parsed)
    {
        var hash = new XxHash128();
        void Add(string value)
        {
            hash.Append(Encoding.UTF8.GetBytes(value));
            hash.Append([0]);
        }
        Add(CodeVersion.Id);
        Add((options with { Memory = null }).ToString());
        foreach (var source in sources.OrderBy(s => s.Kind).ThenBy(s => s.Path, StringComparer.Ordinal))
        {
            Add(source.Kind.ToString());
            Add(source.Path);
            if (source.Kind is not (SourceKind.Content or SourceKind.ContentFile or SourceKind.Static or SourceKind.Asset)) Add(source.TextHash);
        }
        foreach (var document in parsed.Documents.OrderBy(d => d.Source.Path, StringComparer.Ordinal))
        {
            Add(document.Source.Path);
            Add(document.FrontMatterKey);
        }
        foreach (var (path, file) in parsed.ContentFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Add(path);
            Add(string.Create(CultureInfo.InvariantCulture, $"{file.Bytes} {file.Pages}"));
            Add(file.Text ?? "");
        }
        foreach (var (path, image) in parsed.Images.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            Add(path);
            Add(string.Create(CultureInfo.InvariantCulture, $"{image.Path} {image.Width} {image.Height}"));
            foreach (var variant in image.Variants) Add(string.Create(CultureInfo.InvariantCulture, $"{variant.Width} {variant.Height} {variant.Format} {variant.CacheFile}"));
        }
        if (parsed.Map is { } map)
        {
            Add(map.ViewBox);
            foreach (var shape in map.Shapes) Add($"{shape.Code} {shape.PathData}");
        }
        _site = Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The page's inputs; null for a marked translation, whose outdated notice shows whether its original's text changed.</summary>
    public string? Of(Page page) =>
        page.Document?.FrontMatter.TranslationOf is not null ? null
        : Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes($"{_site}\u0001{page.Document?.TextHash}")));
}
