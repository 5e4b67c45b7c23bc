using System.Globalization;
using IqSite.Assemble;
using IqSite.Parse;
using IqSite.Parse.Images;

namespace IqSite.Render;

/// <summary>What the search index learns about a page besides its text: type, filters, sort date and result metadata.</summary>
/// <param name="Type">Label of the content type in the page's language (the 'type' filter).</param>
/// <param name="Date">ISO date, the sort key; <paramref name="DateText"/> is how results show it.</param>
public sealed record SearchView(string Type, string? Teaser, string? Date, string? DateText, string? Image, string? ImageAlt,
    IReadOnlyList<SearchFilterView> Filters);

public sealed record SearchFilterView(string Key, string Value);

/// <summary>
/// Decides which pages are searchable and with which filters. Lists, term pages, the home page,
/// embeds and error pages are not: their text repeats the pages they list.
/// </summary>
internal sealed class SearchMetadata(SiteModel site)
{
    public const string TypeFilter = "type";
    public const string YearFilter = "year";


    public SearchView? For(Page page)
    {
        var strings = site.UiStrings.For(page.Language);
        var culture = site.Config.Language(page.Language).Culture;
        SearchView View(string type, string? teaser, DateOnly? date, ContentImage? image = null, string? alt = null, IEnumerable<SearchFilterView>? filters = null) => new(
            strings[UiStringKeys.SearchType(type)],
            teaser,
            date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            date is { } d ? Formats.Date(d, culture).Text : null,
            image is null ? null : image.IsVector ? image.FallbackUrl : image.Url(image.Variants.Where(v => v.Format == "jpeg").MinBy(v => v.Width)!),
            image is null ? null : alt,
            [.. filters ?? [], .. date is { } year ? [new SearchFilterView(YearFilter, year.Year.ToString(CultureInfo.InvariantCulture))] : Array.Empty<SearchFilterView>()]);
        return page switch
        {
            GoodPracticePage p => View("good-practice", p.Data.Teaser, p.Data.Published, filters: p.Terms.Select(t => new SearchFilterView(t.Taxonomy.Key, t.Label))),
            IssuePage p => View("newsletter", p.Data.Teaser, p.Data.Date.Value, p.Cover, p.Data.CoverAlt),
            ArticlePage p => View("newsletter", p.Data.Teaser, p.Date),
            NetworkPage p => View("network", p.Data.Teaser, null),
            PublicationPage p => View("publication", p.Data.Summary, p.Data.Date.Value, p.Cover, p.Data.CoverAlt),
            ExhibitPage p => View("exhibition", p.Data.Teaser, p.Data.Opening.Value, p.Cover, p.Data.CoverAlt),
            PortraitPage p => View("exhibition", p.Data.Status, null, p.Photo, p.Data.PhotoAlt),
            FigurePage p => View("figure", p.Description, p.Figure.ReferenceDate),
            ContentPage { IsHome: false } p => View("page", p.Description, null),
            _ => null,
        };
    }
}
