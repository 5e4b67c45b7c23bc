using Markdig.Syntax;

namespace IqSite.Parse;

/// <summary>
/// A document's Markdown syntax tree: made from its text when first needed, and dropped again
/// when every page that shows it has been rendered. The trees of an archive of 10,000 sheets take
/// about 150 MB, and the text they are made from is kept anyway (as its UTF-8 bytes, see
/// <see cref="Discover.SourceFile.Text"/>), so a tree is made when Render needs it; Parse keeps
/// only the <see cref="MarkdownFacts"/> the checks read.
/// </summary>
/// <remarks>
/// Several threads may ask at once (pages render in parallel): at worst two of them parse the
/// same text, and each gets a whole tree. A tree is never modified after it is made.
/// </remarks>
public sealed class MarkdownTree
{
    private readonly Func<MarkdownDocument> _parse;
    private readonly Func<int> _bodyLine;
    private MarkdownDocument? _tree;
    private MarkdownFacts? _facts;
    private object? _factsLock;

    /// <param name="parse">Makes the tree from the document's text; the text has parsed without an error before.</param>
    /// <param name="bodyLine">The file line on which the body starts; where the front matter came from the build cache, found in the text when first asked for.</param>
    /// <param name="facts">The facts of a tree Parse has just made (a text parsed for the first time, whose errors were reported).</param>
    public MarkdownTree(Func<MarkdownDocument> parse, Func<int> bodyLine, MarkdownFacts? facts = null)
    {
        _parse = parse;
        _bodyLine = bodyLine;
        _facts = facts;
    }

    public int BodyLine => _bodyLine();

    public MarkdownDocument Value => Volatile.Read(ref _tree) ?? (_tree = _parse());

    /// <summary>What the checks read; where Parse did not make the tree, from one made for them and not kept.</summary>
    /// <remarks>Made once even when asked at once: Assemble's four checks read every document's facts side by side.</remarks>
    public MarkdownFacts Facts => LazyInitializer.EnsureInitialized(ref _facts, ref _factsLock, () => MarkdownFacts.Of(Volatile.Read(ref _tree) ?? _parse()));

    /// <summary>Lets the tree go: nothing more is rendered from it in this build.</summary>
    public void Release() => Volatile.Write(ref _tree, null);
}
