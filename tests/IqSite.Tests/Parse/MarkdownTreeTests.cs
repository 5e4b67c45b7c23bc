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
        }, () => 1);

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
    public void Facts_taken_when_Parse_made_the_tree_are_read_without_parsing_the_text_again()
    {
        var parses = 0;
        var facts = MarkdownFacts.Of(Markdown.Parse("Text", Pipeline));
        var tree = new MarkdownTree(() => { parses++; return Markdown.Parse("Text", Pipeline); }, () => 1, facts);

        Assert.Same(facts, tree.Facts);
        Assert.Equal(0, parses);
        tree.Value.ToString();
        Assert.Equal(1, parses);
    }

    [Fact]
    public void Facts_a_check_asks_for_come_from_a_tree_that_is_not_kept_for_rendering()
    {
        var parses = 0;
        var tree = new MarkdownTree(() => { parses++; return Markdown.Parse("Siehe [Blatt](good-practice:kmu-toolbox).", Pipeline); }, () => 1);

        var facts = tree.Facts;
        Assert.Equal("good-practice:kmu-toolbox", facts.Links.Single().Url);
        Assert.Same(facts, tree.Facts);
        Assert.Equal(1, parses);
        // Render makes its own tree: the one made for the facts was let go at once.
        tree.Value.ToString();
        Assert.Equal(2, parses);
    }

    [Fact]
    public void Facts_hold_top_level_headings_links_images_raw_html_and_figure_embeds_with_Markdig_positions()
    {
        var facts = MarkdownFacts.Of(Markdown.Parse(
            "# Titel\n\n## Umsetzung *jetzt*\n\n> ## Zitat\n\nText mit [Link](site:imprint) und ![ Foto vom Team ](team.jpg)\n" +
            "und ![](leer.png) <span lang=\"en\">x</span>\n\n<div class=\"box\">\n</div>\n\n::figure[anerkennung]\n", Pipeline));

        Assert.Equal([(1, "Titel", 0), (2, "Umsetzung jetzt", 2)], facts.Headings.Select(h => (h.Level, h.Text, h.Line)));
        Assert.Equal(
            [("site:imprint", false, "", 6, 9), ("team.jpg", true, "Foto vom Team", 6, 34), ("leer.png", true, "", 7, 4)],
            facts.Links.Select(l => (l.Url, l.IsImage, l.AltText, l.Line, l.Column)));
        Assert.Equal([("<div class=\"box\">\n</div>", 9), ("<span lang=\"en\">", 7), ("</span>", 7)], facts.Html.Select(h => (h.Html, h.Line)));
        Assert.Equal(("anerkennung", 12, 9), facts.Figures.Select(f => (f.FigureId, f.Line, f.IdColumn)).Single());
    }
}
