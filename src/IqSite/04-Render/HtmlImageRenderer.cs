using System.Collections.Immutable;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using IqSite.Assemble;
using IqSite.Parse;
using IqSite.Parse.Images;

namespace IqSite.Render;

/// <summary>Markdown images become responsive pictures; links are left to Markdig.</summary>
internal sealed class HtmlImageRenderer(ParsedDocument document, ImmutableDictionary<string, ContentImage> images) : LinkInlineRenderer
{
    /// <summary>Images in running text are at most as wide as the text column (--measure in site.css).</summary>
    private const string Sizes = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // Assemble has checked every image, so an unresolved one here is a link, not an image.
        if (link.IsImage && MarkdownImages.Resolve(document, link.Url ?? "", images) is { } image)
            renderer.Write(Pictures.Html(image, MarkdownFacts.AltText(link), Sizes, eager: false, "prose-image"));
        else
            base.Write(renderer, link);
    }
}
