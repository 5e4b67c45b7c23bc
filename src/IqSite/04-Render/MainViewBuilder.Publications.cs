using System.Globalization;
using IqSite.Assemble;
using IqSite.Parse;

namespace IqSite.Render;

// The brochure library and the portrait exhibitions.
internal sealed partial class MainViewBuilder
{
    /// <summary>Cover thumbnails in lists; the covers on their own pages are shown larger.</summary>
    private const string CardImageSizes = "8rem";

    private const string PageImageSizes = "(min-width: 40rem) 18rem, 100vw";

    private PublicationIndexView PublicationIndex(PublicationIndexPage page, CultureInfo culture)
    {
        var strings = site.UiStrings.For(page.TextLanguage);
        var cards = page.Publications.Select(p => new PublicationCardView(
            p.Title, p.Url, site.UiStrings.For(p.TextLanguage)[UiStringKeys.PublicationType(p.Data.Type.Value)], p.Data.Type.Value,
            Formats.Date(p.Data.Date.Value, CultureOf(p, culture)), p.Data.Date.Value.Year,
            string.Join(' ', p.Downloads.Select(d => d.Language).Distinct()),
            p.Data.Summary,
            p.Cover is { } cover ? Pictures.Html(cover, p.Data.CoverAlt ?? "", CardImageSizes, eager: false, "publication-cover") : null,
            TextOf(p))).ToList();
        return new PublicationIndexView(page.Title, page.Description ?? "", cards,
            [.. cards.GroupBy(c => c.TypeKey).OrderBy(g => PublicationTypes.Names.IndexOf(g.Key))
                .Select(g => new FilterOptionView(g.Key, strings[UiStringKeys.PublicationType(g.Key)], g.Count(), null))],
            [.. cards.SelectMany(c => c.Languages.Split(' ')).GroupBy(code => code).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FilterOptionView(g.Key, LanguageName(g.Key), g.Count(), g.Key == page.Language ? null : g.Key))],
            [.. cards.GroupBy(c => c.Year).OrderByDescending(g => g.Key)
                .Select(g => new FilterOptionView(g.Key.ToString(CultureInfo.InvariantCulture), g.Key.ToString(CultureInfo.InvariantCulture), g.Count(), null))]);
    }

    private PublicationView Publication(PublicationPage page, CultureInfo culture)
    {
        var strings = site.UiStrings.For(page.TextLanguage);
        var data = page.Data;
        var email = site.Config.ContactEmail?.Value ?? "";
        var subject = Uri.EscapeDataString($"{strings[UiStringKeys.PublicationAccessibleSubject]}: {data.Title}");
        var library = site.Language(page.Language).MenuTargets["publications"];
        return new PublicationView(
            data.Title,
            strings[UiStringKeys.PublicationType(data.Type.Value)],
            Formats.Date(data.Date.Value, culture),
            data.Publisher,
            data.Summary,
            page.Cover is { } cover ? Pictures.Html(cover, data.CoverAlt ?? "", PageImageSizes, eager: true, "publication-cover-large") : null,
            Html(page),
            [.. page.Downloads.Select(d => new PublicationDownloadView(d.File.Url, d.File.Url[(d.File.Url.LastIndexOf('/') + 1)..], d.File.Format,
                Formats.FileSize(d.File.Bytes, culture), d.File.Pages, d.Language, LanguageName(d.Language)))],
            page.HtmlVersion is { } html ? new LinkView(html.Title, html.Url) : null,
            email,
            $"mailto:{email}?subject={subject}",
            new LinkView(library.Title, library.Url));
    }

    /// <summary>A language's name in that language ("Deutsch", "English", "العربية"): readers look for their own.</summary>
    private static string LanguageName(string code)
    {
        var name = CultureInfo.GetCultureInfo(code).NativeName;
        return name.Length == 0 ? code : char.ToUpper(name[0], CultureInfo.GetCultureInfo(code)) + name[1..];
    }

    private ExhibitCardView ExhibitCard(ExhibitPage page, CultureInfo culture) => new(
        page.Title, page.Url, page.Data.Teaser, Formats.Date(page.Data.Opening.Value, CultureOf(page, culture)), page.Data.Venue,
        page.Cover is { } cover ? Pictures.Html(cover, page.Data.CoverAlt ?? "", CardImageSizes, eager: false, "exhibit-cover") : null,
        TextOf(page));

    private ExhibitView Exhibit(ExhibitPage page, CultureInfo culture) => new(
        page.Title,
        page.Data.Teaser,
        page.Data.Venue,
        Formats.Date(page.Data.Opening.Value, culture),
        page.Data.Organiser,
        page.Cover is { } cover ? Pictures.Html(cover, page.Data.CoverAlt ?? "", "(min-width: 64rem) 60rem, 100vw", eager: true, "exhibit-cover-large") : null,
        Html(page),
        [.. page.Portraits.Select(p => new PortraitCardView(p.Title, p.Url, p.Data.Origin, p.Data.Profession,
            p.Photo is { } photo ? Pictures.Html(photo, p.Data.PhotoAlt, "(min-width: 40rem) 14rem, 50vw", eager: false, "portrait-thumb") : null))],
        page.Brochure is { } brochure ? new LinkView(brochure.Title, brochure.Url) : null);

    private PortraitView Portrait(PortraitPage page)
    {
        var data = page.Data;
        return new PortraitView(
            data.Title,
            data.Pseudonym,
            data.Origin,
            data.Profession,
            data.Status,
            data.Quote,
            page.Photo is { } photo ? Pictures.Html(photo, data.PhotoAlt, PageImageSizes, eager: true, "portrait-photo") : null,
            data.PhotoCredit,
            data.Sample,
            Html(page),
            new LinkView(page.Exhibit.Title, page.Exhibit.Url),
            page.Previous is { } previous ? new LinkView(previous.Title, previous.Url) : null,
            page.Next is { } next ? new LinkView(next.Title, next.Url) : null);
    }
}
