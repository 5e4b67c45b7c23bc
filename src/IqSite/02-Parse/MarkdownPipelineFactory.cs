using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace IqSite.Parse;

/// <summary>One Markdig pipeline per build: it is immutable and thread-safe once built.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        // Positions let every later check name the Markdown line an editor wrote.
        .UsePreciseSourceLocation()
        // Content files are parsed whole (MarkdownBody): their front matter becomes a block that renders nothing.
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .Use<FigureEmbeds.FigureEmbedExtension>()
        .Build();
}
