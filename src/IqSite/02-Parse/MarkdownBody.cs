using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>
/// Parses a content file's Markdown body and refuses nesting no page needs. Markdig stops deep
/// block nesting while parsing, but deep inline nesting (emphasis in emphasis …) only when
/// rendering, where the error could no longer name the line; so the depth is checked here.
/// </summary>
internal static class MarkdownBody
{
    /// <summary>
    /// Levels of Markdown inside Markdown (quotes, lists, emphasis, links) from the document down.
    /// Real pages reach about 8 (a link in bold text in a list in a quote); Markdig's renderer gives
    /// up at its MaximumNestingDepth (128), which this stays well below.
    /// </summary>
    public const int MaxDepth = 32;

    private const string TooDeep = "the Markdown is nested too deeply (quotes, lists or emphasis inside each other): check the '>', '-', '*' and '_' characters here";

    /// <summary>
    /// Parses the whole file, front matter and all, so that the tree points into the file's text
    /// and its lines are the file's (from 0): a copy of the body would be held as long as the
    /// tree, at N=5000 about 170 MB at once in a full build. Markdig's front matter block stands
    /// for the YAML and renders nothing.
    /// </summary>
    /// <param name="bodyStart">Where <see cref="FrontMatterSplitter"/> found the body to start in <paramref name="text"/>, on file line <paramref name="bodyLine"/>.</param>
    public static MarkdownDocument? Parse(string text, int bodyStart, int bodyLine, MarkdownPipeline pipeline, string file, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, pipeline);
            // Where Markdig ends the front matter elsewhere (a byte order mark before it, a YAML
            // '...' line in it), the body alone is parsed, after as many empty lines as precede it.
            if (!EndsAtBody(document, bodyLine))
                document = Markdown.Parse(string.Concat(new string('\n', bodyLine - 1), text.AsSpan(bodyStart)), pipeline);
        }
        // Markdig's own depth limit: the only ArgumentException it throws for any input text.
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            diagnostics.Error(file, bodyLine, 1, $"{TooDeep} (somewhere below this line)");
            return null;
        }
        if (FirstTooDeep(document) is not { } deep) return document;
        diagnostics.Error(file, Math.Max(bodyLine, deep.Line + 1), Math.Max(0, deep.Column) + 1, TooDeep);
        return null;
    }

    /// <summary>Whether the tree has the front matter as its first block, and nothing else before the body's line.</summary>
    private static bool EndsAtBody(MarkdownDocument document, int bodyLine) =>
        document.Count > 0 && document[0] is YamlFrontMatterBlock { Line: 0 } && (document.Count == 1 || document[1].Line >= bodyLine - 1);

    // Walks with its own stack: recursion is what the limit protects against.
    private static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>([(document, 0)]);
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxDepth) return item.Node;
            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline container => container,
                _ => [],
            };
            foreach (var child in children) pending.Push((child, item.Depth + 1));
        }
        return null;
    }
}
