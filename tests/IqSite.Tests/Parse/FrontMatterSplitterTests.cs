using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Tests.Parse;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Split_keeps_the_file_line_on_which_the_body_starts()
    {
        var bag = new DiagnosticBag();

        const string text = "---\ntitle: A\nteaser: B\n---\n## Heading\n\nText\n";
        var ok = FrontMatterSplitter.TrySplit(text, "a.de.md", bag, out var yaml, out var bodyStart, out var bodyLine);

        Assert.True(ok);
        Assert.Equal("title: A\nteaser: B", yaml);
        Assert.Equal("## Heading\n\nText\n", text[bodyStart..]);
        Assert.Equal(5, bodyLine);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Empty_front_matter_puts_the_body_on_line_three()
    {
        var ok = FrontMatterSplitter.TrySplit("---\n---\nText", "a.de.md", new DiagnosticBag(), out var yaml, out var bodyStart, out var bodyLine);

        Assert.True(ok);
        Assert.Equal("", yaml);
        Assert.Equal("Text", "---\n---\nText"[bodyStart..]);
        Assert.Equal(3, bodyLine);
    }

    [Fact]
    public void A_byte_order_mark_before_the_opening_line_is_ignored()
    {
        const string text = "\uFEFF---\ntitle: A\n---\nText";
        var ok = FrontMatterSplitter.TrySplit(text, "a.de.md", new DiagnosticBag(), out var yaml, out var bodyStart, out var bodyLine);

        Assert.True(ok);
        Assert.Equal("title: A", yaml);
        Assert.Equal("Text", text[bodyStart..]);
        Assert.Equal(4, bodyLine);
    }

    [Fact]
    public void A_file_without_an_opening_line_is_an_error_at_its_start()
    {
        var bag = new DiagnosticBag();

        var ok = FrontMatterSplitter.TrySplit("title: A\n---\nText", "a.de.md", bag, out _, out _, out _);

        Assert.False(ok);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(new SourceLocation("a.de.md", 1, 1), error.Location);
        Assert.StartsWith("expected front matter", error.Message);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error()
    {
        var bag = new DiagnosticBag();

        var ok = FrontMatterSplitter.TrySplit("---\ntitle: A\n## Heading\n", "a.de.md", bag, out _, out _, out _);

        Assert.False(ok);
        Assert.StartsWith("front matter is not closed", Assert.Single(bag.Sorted()).Message);
    }
}
