using Markdig;
using Markdig.Renderers;

namespace IqSite.Parse.FigureEmbeds;

/// <summary>
/// Adds the <c>::figure[id]</c> block. Its HTML needs the site (the figure, the page's language),
/// so Render adds IqSite.Render.HtmlFigureEmbedRenderer per page instead of this extension.
/// </summary>
public sealed class FigureEmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, which would otherwise take the line as text.
        if (!pipeline.BlockParsers.Contains<FigureEmbedParser>())
            pipeline.BlockParsers.Insert(0, new FigureEmbedParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
