using System.Globalization;
using IqSite.Assemble;
using IqSite.Parse;
using IqSite.Render;

namespace IqSite.Search;

/// <summary>
/// The text of publications' PDFs as search records. A PDF's text goes into the index of the
/// language it is written in and points to the publication's page in that language, so a search
/// finds a brochure by what is inside it; PDFs in a language the site does not have are left out.
/// </summary>
internal static class PdfRecords
{
    public static IReadOnlyList<object> For(SiteModel site)
    {
        var records = new List<object>();
        foreach (var group in site.AllPages.OfType<PublicationPage>().GroupBy(p => p.TranslationKey, StringComparer.Ordinal))
        {
            var byLanguage = group.ToDictionary(p => p.Language, StringComparer.Ordinal);
            foreach (var download in group.SelectMany(p => p.Downloads).DistinctBy(d => d.File.Url))
            {
                if (!byLanguage.TryGetValue(download.Language, out var page)) continue;
                var text = download.File.Text;
                if (string.IsNullOrWhiteSpace(text)) continue;
                var strings = site.UiStrings.For(page.Language);
                var date = page.Data.Date.Value;
                records.Add(new
                {
                    url = page.Url + "#downloads",
                    content = text,
                    language = page.Language,
                    meta = new Dictionary<string, string>
                    {
                        ["title"] = $"{page.Title} ({download.File.Format})",
                        ["teaser"] = page.Data.Summary,
                        ["date"] = Formats.Date(date, site.Config.Language(page.Language).Culture).Text,
                    },
                    filters = new Dictionary<string, string[]>
                    {
                        ["type"] = [strings[UiStringKeys.SearchType("publication")]],
                        ["year"] = [date.Year.ToString(CultureInfo.InvariantCulture)],
                    },
                    sort = new Dictionary<string, string> { ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                });
            }
        }
        return records;
    }
}
