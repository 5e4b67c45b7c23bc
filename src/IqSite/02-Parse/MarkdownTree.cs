using Markdig.Syntax;

namespace IqSite.Parse;

/// <summary>
/// A document's Markdown syntax tree: made from its text when first needed, and dropped again
/// when every page that shows it has been rendered. The trees of an archive of 10,000 sheets take
/// about 300 MB, and the text they are made from is kept anyway, so a tree needed again (by the
/// preview server) is simply made again.
/// </summary>
/// <remarks>
/// Several threads may ask at once (pages render in parallel): at worst two of them parse the
/// same text, and each gets a whole tree. A tree is never modified after it is made.
/// </remarks>
public sealed class MarkdownTree
{
    private readonly Func<MarkdownDocument> _parse;
    private MarkdownDocument? _tree;

    /// <param name="parse">Makes the tree from the document's text; the text has parsed without an error before.</param>
    /// <param name="parsed">The tree when it has just been made (a text parsed for the first time, whose errors were reported).</param>
    public MarkdownTree(Func<MarkdownDocument> parse, MarkdownDocument? parsed = null)
    {
        _parse = parse;
        _tree = parsed;
    }

    public MarkdownDocument Value => Volatile.Read(ref _tree) ?? (_tree = _parse());

    /// <summary>Lets the tree go: nothing more is rendered from it in this build.</summary>
    public void Release() => Volatile.Write(ref _tree, null);
}
