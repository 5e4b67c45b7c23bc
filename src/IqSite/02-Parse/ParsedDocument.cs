using Markdig.Syntax;
using IqSite.Discover;

namespace IqSite.Parse;

public enum ContentKind { Home, Page, GoodPractice, Series, Issue, Article, Network, Exhibit, Portrait, Publication, EasyLanguage }

/// <summary>
/// A content file after Parse: typed front matter and the Markdown syntax tree.
/// <see cref="Key"/> links translations: kmu-toolbox.de.md and kmu-toolbox.en.md share it.
/// The tree is never modified after Parse, so Render may read it from several threads.
/// </summary>
public sealed record ParsedDocument(
    SourceFile Source,
    ContentKind Kind,
    string Key,
    string Language,
    FrontMatter FrontMatter,
    MarkdownDocument Body,
    int BodyLine,
    bool IsValid)
{
    /// <summary>The file line of a Markdig 0-based body line.</summary>
    public int FileLine(int markdigLine) => BodyLine + markdigLine;
}
