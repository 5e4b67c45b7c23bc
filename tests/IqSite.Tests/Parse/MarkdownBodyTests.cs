using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Tests.Parse;

public sealed class MarkdownBodyTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static MarkdownDocument Parse(string text)
    {
        var bag = new DiagnosticBag();
        Assert.True(FrontMatterSplitter.TrySplit(text, "a.de.md", bag, out _, out var bodyStart, out var bodyLine));
        var document = MarkdownBody.Parse(text, bodyStart, bodyLine, Pipeline, "a.de.md", bag);
        Assert.False(bag.HasErrors);
        return Assert.IsType<MarkdownDocument>(document);
    }

    private static string Html(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    [Fact]
    public void The_tree_is_made_from_the_whole_file_and_counts_its_lines()
    {
        var document = Parse("---\ntitle: A\nteaser: B\n---\n\n## Heading\n\nSee [the list](/de/x/).\n");

        Assert.IsType<YamlFrontMatterBlock>(document[0]);
        Assert.Equal(6, document.Descendants<HeadingBlock>().Single().Line + 1);
        Assert.Equal(8, document.Descendants<LinkInline>().Single().Line + 1);
        Assert.Equal("<h2 id=\"heading\">Heading</h2>\n<p>See <a href=\"/de/x/\">the list</a>.</p>\n", Html(document));
    }

    [Fact]
    public void After_a_byte_order_mark_the_body_is_parsed_alone_on_its_file_lines()
    {
        var document = Parse("\uFEFF---\ntitle: A\n---\n## Heading\n\nText\n");

        Assert.DoesNotContain(document, block => block is YamlFrontMatterBlock);
        Assert.Equal(4, document.Descendants<HeadingBlock>().Single().Line + 1);
        Assert.Equal("<h2 id=\"heading\">Heading</h2>\n<p>Text</p>\n", Html(document));
    }

    [Fact]
    public void A_yaml_end_line_inside_the_front_matter_does_not_end_it_early()
    {
        // Markdig would end the front matter at '...'; the closing '---' would then show as a rule.
        var document = Parse("---\ntitle: A\n...\n---\nText\n");

        Assert.Empty(document.Descendants<ThematicBreakBlock>());
        Assert.Equal(5, document.Descendants<ParagraphBlock>().Single().Line + 1);
        Assert.Equal("<p>Text</p>\n", Html(document));
    }

    [Fact]
    public void Too_deep_nesting_is_reported_at_its_file_line()
    {
        var text = "---\ntitle: A\n---\nText\n\n" + new string('>', MarkdownBody.MaxDepth + 2) + " quoted\n";
        var bag = new DiagnosticBag();
        Assert.True(FrontMatterSplitter.TrySplit(text, "a.de.md", bag, out _, out var bodyStart, out var bodyLine));

        Assert.Null(MarkdownBody.Parse(text, bodyStart, bodyLine, Pipeline, "a.de.md", bag));

        Assert.Equal(6, Assert.Single(bag.Sorted()).Location.Line);
    }
}
