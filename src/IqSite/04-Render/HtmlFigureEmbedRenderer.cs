using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using IqSite.Assemble;
using IqSite.Parse;
using IqSite.Parse.FigureEmbeds;

namespace IqSite.Render;

/// <summary>A figure placed in a text: its chart, with a caption linking to the figure's page and naming the source.</summary>
internal sealed class HtmlFigureEmbedRenderer(LanguageSite languageSite, LanguageConfig language, UiStrings strings)
    : HtmlObjectRenderer<FigureEmbedBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureEmbedBlock block)
    {
        // Assemble has checked every id, so the figure page exists.
        var page = languageSite.Pages.OfType<FigurePage>().First(p => p.Figure.Id == block.FigureId);
        var source = strings.For(language.Code)["figure_source"];
        renderer.Write("<figure class=\"figure-embed\">\n<div class=\"chart\">")
            .Write(FigureCharts.Svg(page.Figure, language, $"embed-{block.FigureId}-{block.Line}"))
            .Write("</div>\n<figcaption><a href=\"").Write(WebUtility.HtmlEncode(page.Url)).Write("\">")
            .Write(WebUtility.HtmlEncode(page.Title)).Write("</a> – ").Write(WebUtility.HtmlEncode(source)).Write(": ")
            .Write(WebUtility.HtmlEncode(page.Figure.Source[language.Code])).Write("</figcaption>\n</figure>\n");
    }
}
