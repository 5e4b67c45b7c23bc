using Markdig.Parsers;
using Markdig.Syntax;

namespace IqSite.Parse.FigureEmbeds;

/// <summary>A line <c>::figure[&lt;id&gt;]</c>: places a figure's chart, linked to its page, in the text.</summary>
public sealed class FigureEmbedBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string FigureId { get; init; }

    /// <summary>0-based column of the id, so an unknown id can be reported where it is written.</summary>
    public required int IdColumn { get; init; }
}
