using Markdig.Parsers;
using Markdig.Syntax;

namespace IqSite.Parse.FigureEmbeds;

/// <summary>Recognises <c>::figure[id]</c> alone on a line; anything else starting with ':' stays a paragraph.</summary>
public sealed class FigureEmbedParser : BlockParser
{
    private const string Prefix = "::figure[";

    public FigureEmbedParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.ToString().TrimEnd();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || !text.EndsWith(']') || text.Length == Prefix.Length + 1)
            return BlockState.None;
        processor.NewBlocks.Push(new FigureEmbedBlock(this)
        {
            FigureId = text[Prefix.Length..^1].Trim(),
            IdColumn = processor.Column + Prefix.Length,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
