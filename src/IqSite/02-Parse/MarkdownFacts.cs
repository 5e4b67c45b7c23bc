using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using IqSite.Parse.FigureEmbeds;

namespace IqSite.Parse;

/// <summary>
/// What Assemble's checks of a document's Markdown read (sections, links, images, raw HTML,
/// figure embeds), taken from the syntax tree when it is made. The checks need the whole site
/// (every sheet, image and menu key), so they run after Parse; with these few facts in hand the
/// tree need not wait for them: at N=5000 the trees of all 10,000 texts took about 150 MB from
/// Parse to Render, more than anything else the build holds. Lines and columns are Markdig's,
/// from 0 (<see cref="ParsedDocument.FileLine"/>).
/// </summary>
public sealed record MarkdownFacts(
    ImmutableArray<MarkdownFacts.Heading> Headings,
    ImmutableArray<MarkdownFacts.Link> Links,
    ImmutableArray<MarkdownFacts.RawHtml> Html,
    ImmutableArray<MarkdownFacts.FigureEmbed> Figures)
{
    /// <summary>A heading at the top level of the document (not in a list or quote).</summary>
    public sealed record Heading(int Level, string Text, int Line, int Column);

    /// <summary>A link or image; <see cref="AltText"/> is an image's text alternative.</summary>
    public sealed record Link(string? Url, bool IsImage, string AltText, int Line, int Column);

    /// <summary>An HTML block or inline tag, as written.</summary>
    public sealed record RawHtml(string Html, int Line, int Column);

    public sealed record FigureEmbed(string FigureId, int Line, int IdColumn);

    /// <summary>The facts of a document's tree, from one walk through it (a cold build makes them for every text).</summary>
    public static MarkdownFacts Of(MarkdownDocument document)
    {
        var links = ImmutableArray.CreateBuilder<Link>();
        var blocks = ImmutableArray.CreateBuilder<RawHtml>();
        var inlines = new List<RawHtml>();
        var figures = ImmutableArray.CreateBuilder<FigureEmbed>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline l: links.Add(new Link(l.Url, l.IsImage, l.IsImage ? AltText(l) : "", l.Line, l.Column)); break;
                case HtmlBlock b: blocks.Add(new RawHtml(b.Lines.ToString(), b.Line, b.Column)); break;
                case HtmlInline i: inlines.Add(new RawHtml(i.Tag, i.Line, i.Column)); break;
                case FigureEmbedBlock e: figures.Add(new FigureEmbed(e.FigureId, e.Line, e.IdColumn)); break;
            }
        }
        // HTML blocks before inline tags, as the checks report them.
        blocks.AddRange(inlines);
        return new(
            [.. document.OfType<HeadingBlock>().Select(h => new Heading(h.Level, HeadingText(h), h.Line, h.Column))],
            links.ToImmutable(), blocks.ToImmutable(), figures.ToImmutable());
    }

    public static string HeadingText(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    public static string AltText(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
