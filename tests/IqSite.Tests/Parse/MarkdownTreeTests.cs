using Markdig;
using Markdig.Syntax;
using IqSite.Parse;

namespace IqSite.Tests.Parse;

public sealed class MarkdownTreeTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Fact]
    public void A_tree_is_made_once_until_it_is_let_go_and_then_made_again_from_the_text()
    {
        var parses = 0;
        var tree = new MarkdownTree(() =>
        {
            parses++;
            return Markdown.Parse("## Umsetzung\n\nText mit [Link](/de/).", Pipeline);
        });

        var first = tree.Value;
        Assert.Same(first, tree.Value);
        Assert.Equal(1, parses);

        tree.Release();
        var again = tree.Value;
        Assert.Equal(2, parses);
        Assert.NotSame(first, again);
        Assert.Equal(first.Descendants<HeadingBlock>().Single().Line, again.Descendants<HeadingBlock>().Single().Line);
    }

    [Fact]
    public void A_tree_made_at_parse_time_is_used_before_the_text_is_parsed_again()
    {
        var parses = 0;
        var parsed = Markdown.Parse("Text", Pipeline);
        var tree = new MarkdownTree(() => { parses++; return Markdown.Parse("Text", Pipeline); }, parsed);

        Assert.Same(parsed, tree.Value);
        Assert.Equal(0, parses);
        tree.Release();
        Assert.NotSame(parsed, tree.Value);
        Assert.Equal(1, parses);
    }
}
