using Markdig.Syntax;
using IqSite.Discover;

namespace IqSite.Parse;

public enum ContentKind { Home, Page, GoodPractice, Series, Issue, Article, Network, Exhibit, Portrait, Publication, EasyLanguage }

/// <summary>
/// A content file after Parse: typed front matter and the Markdown syntax tree.
/// <see cref="Key"/> links translations: kmu-toolbox.de.md and kmu-toolbox.en.md share it.
/// The tree is never modified after Parse, so Render may read it from several threads.
/// </summary>
/// <param name="FrontMatterKey">
/// The hash of the front matter's YAML as written (<see cref="FrontMatterTable.Hash"/>): with the
/// file's path and site.yml it decides the front matter, without the Markdown body
/// (<see cref="Render.PageInputs"/>). Saved in the build cache with the front matter it was read as.
/// </param>
/// <param name="Markdown">
/// The syntax tree, made when Render first needs it and let go once the document's pages are
/// rendered, and the facts the checks read: taken at once where the text is new (its errors are
/// reported by Parse), else only if a check needs them (an earlier build parsed and checked
/// exactly this text, so a rebuild parses only the Markdown of pages it renders again).
/// </param>
public sealed record ParsedDocument(
    SourceFile Source,
    ContentKind Kind,
    string Key,
    string Language,
    FrontMatter FrontMatter,
    string FrontMatterKey,
    MarkdownTree Markdown,
    bool IsValid)
{
    /// <summary>The file line on which the Markdown body starts.</summary>
    public int BodyLine => Markdown.BodyLine;

    public MarkdownDocument Body => Markdown.Value;

    public MarkdownFacts Facts => Markdown.Facts;

    /// <summary>XxHash128 of the file's path and text: what checks of the text are remembered by (<see cref="SourceFile.TextHash"/>).</summary>
    public string TextHash => Source.TextHash;

    /// <summary>The file line of a Markdig line: the tree is made from the whole file (<see cref="MarkdownBody"/>), and counts from 0.</summary>
    public int FileLine(int markdigLine) => markdigLine + 1;
}
