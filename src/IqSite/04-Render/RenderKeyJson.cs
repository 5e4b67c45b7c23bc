using System.Text.Json.Serialization;

namespace IqSite.Render;

/// <summary>What a page's render key is the hash of (<see cref="RenderKeys.Of"/>).</summary>
/// <param name="Code">The theme's templates and IqSite's own code.</param>
/// <param name="Strings">The UI strings of the page's language, hashed once per build.</param>
/// <param name="TextStrings">Those of its text's language.</param>
internal sealed record RenderKeySource(string Code, string Layout, string Strings, string TextStrings, PageView View);

/// <summary>What a text's HTML can show of the rest of the site in one language (<see cref="RenderKeys.Body"/>).</summary>
/// <param name="Language">Code, name, direction and culture.</param>
/// <param name="Sheets">Each sheet's key and URL, for links between sheets.</param>
/// <param name="Targets">Each menu key and the URL it names, for site: links.</param>
/// <param name="Images">The hash of the site's processed images.</param>
internal sealed record BodyKeySource(string[] Language, string[][] Sheets, string[][] Targets, FigureKeySource[] Figures, string Images);

internal sealed record FigureKeySource(string Url, string Title, Parse.Figures.FigureSpec Figure);

/// <summary>
/// Compiled JSON writers for the views render keys are made from: a key is made for every page
/// of every build, and reflection-based serialisation of the views took about a fifth of a
/// rebuild's CPU time. <see cref="PageView.Main"/> is typed object, so every view type that can
/// stand there is listed: one missing fails the first build that renders it.
/// </summary>
[JsonSerializable(typeof(RenderKeySource))]
[JsonSerializable(typeof(BodyKeySource))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(Parse.Images.ContentImage[]))]
[JsonSerializable(typeof(Alternate))]
[JsonSerializable(typeof(OutdatedView))]
[JsonSerializable(typeof(FallbackView))]
[JsonSerializable(typeof(LanguageLink))]
[JsonSerializable(typeof(MenuLink))]
[JsonSerializable(typeof(Crumb))]
[JsonSerializable(typeof(DateView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(TermView))]
[JsonSerializable(typeof(FactView))]
[JsonSerializable(typeof(CardView))]
[JsonSerializable(typeof(TextLanguageView))]
[JsonSerializable(typeof(PagerView))]
[JsonSerializable(typeof(PagerLink))]
[JsonSerializable(typeof(ContentView))]
[JsonSerializable(typeof(ContactView))]
[JsonSerializable(typeof(SheetView))]
[JsonSerializable(typeof(TaxonomyView))]
[JsonSerializable(typeof(TermCountView))]
[JsonSerializable(typeof(ListView))]
[JsonSerializable(typeof(SearchFormView))]
[JsonSerializable(typeof(FacetView))]
[JsonSerializable(typeof(SearchPageView))]
[JsonSerializable(typeof(TermListView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(ChooserView))]
[JsonSerializable(typeof(ChooserLanguage))]
[JsonSerializable(typeof(FigureView))]
[JsonSerializable(typeof(EmbedCodeView))]
[JsonSerializable(typeof(FigureEmbedView))]
[JsonSerializable(typeof(FigureRowView))]
[JsonSerializable(typeof(DownloadView))]
[JsonSerializable(typeof(FigureIndexView))]
[JsonSerializable(typeof(FigureTopicView))]
[JsonSerializable(typeof(FigureLinkView))]
[JsonSerializable(typeof(IssueCardView))]
[JsonSerializable(typeof(NewsletterIndexView))]
[JsonSerializable(typeof(SeriesCardView))]
[JsonSerializable(typeof(SeriesView))]
[JsonSerializable(typeof(YearView))]
[JsonSerializable(typeof(IssueView))]
[JsonSerializable(typeof(PdfView))]
[JsonSerializable(typeof(ArticleLinkView))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(NetworkIndexView))]
[JsonSerializable(typeof(MapShapeView))]
[JsonSerializable(typeof(NetworkLinkView))]
[JsonSerializable(typeof(NetworkView))]
[JsonSerializable(typeof(NetworkArticleView))]
[JsonSerializable(typeof(NetworkFigureView))]
[JsonSerializable(typeof(PublicationCardView))]
[JsonSerializable(typeof(PublicationIndexView))]
[JsonSerializable(typeof(FilterOptionView))]
[JsonSerializable(typeof(PublicationView))]
[JsonSerializable(typeof(PublicationDownloadView))]
[JsonSerializable(typeof(ExhibitIndexView))]
[JsonSerializable(typeof(ExhibitCardView))]
[JsonSerializable(typeof(ExhibitView))]
[JsonSerializable(typeof(PortraitCardView))]
[JsonSerializable(typeof(PortraitView))]
[JsonSerializable(typeof(EasyLanguageView))]
[JsonSerializable(typeof(SearchView))]
[JsonSerializable(typeof(SearchFilterView))]
internal sealed partial class RenderKeyJson : JsonSerializerContext;
