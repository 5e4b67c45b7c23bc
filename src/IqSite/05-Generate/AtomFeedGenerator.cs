using System.Text;
using System.Xml;
using IqSite.Assemble;
using IqSite.Parse;

namespace IqSite.Generate;

/// <summary>
/// Atom feeds (RFC 4287) per language: one per newsletter series (its issues) and one for the
/// whole site (issues and good-practice sheets). Entry ids are the pages' absolute URLs, which
/// are permanent; <c>updated</c> comes from the content, never from the clock, so feeds are
/// byte-identical between builds.
/// </summary>
public static class AtomFeedGenerator
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>Feed readers show the newest entries; older ones stay in the archive pages.</summary>
    public const int MaxEntries = 50;

    public static IEnumerable<OutputFile> Generate(SiteModel site)
    {
        foreach (var language in site.Languages)
        {
            var code = language.Language.Code;
            var strings = site.UiStrings.For(code);
            foreach (var series in language.Series.Where(s => !s.IsFallback))
                yield return Feed(site, code, series.FeedUrl, series.Title, series.Url, [.. series.Issues.Where(i => !i.IsFallback).Select(i => Entry(i))]);
            // A feed holds the language's own texts only (its xml:lang says which); fallback copies are not news in it.
            var everything = language.Issues.Where(i => !i.IsFallback).Select(i => Entry(i))
                .Concat(language.GoodPractices.Where(p => !p.IsFallback).Select(p => new FeedEntry(p.Title, p.Url, p.LastModified ?? default, p.Description ?? "")));
            if (language.HasFeed)
                yield return Feed(site, code, language.FeedUrl, strings[UiStringKeys.SiteFeedTitle], language.Home.Url, [.. everything]);
        }
    }

    private sealed record FeedEntry(string Title, string Url, DateOnly Updated, string Summary);

    private static FeedEntry Entry(IssuePage issue) => new(issue.Title, issue.Url, issue.Data.Date.Value, issue.Data.Teaser);

    private static OutputFile Feed(SiteModel site, string language, string feedUrl, string title, string pageUrl, FeedEntry[] entries)
    {
        var newest = entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Url, StringComparer.Ordinal).Take(MaxEntries).ToArray();
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", AtomNs, site.AbsoluteUrl(feedUrl));
            xml.WriteElementString("title", AtomNs, title);
            xml.WriteElementString("updated", AtomNs, Timestamp(newest.Length == 0 ? default : newest[0].Updated));
            WriteLink(xml, "self", site.AbsoluteUrl(feedUrl), "application/atom+xml");
            WriteLink(xml, "alternate", site.AbsoluteUrl(pageUrl), "text/html");
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, site.Config.Title[language]);
            xml.WriteElementString("uri", AtomNs, site.Config.BaseUrl);
            xml.WriteEndElement();
            foreach (var entry in newest)
            {
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("id", AtomNs, site.AbsoluteUrl(entry.Url));
                xml.WriteElementString("title", AtomNs, entry.Title);
                xml.WriteElementString("updated", AtomNs, Timestamp(entry.Updated));
                WriteLink(xml, "alternate", site.AbsoluteUrl(entry.Url), "text/html");
                xml.WriteStartElement("summary", AtomNs);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(feedUrl.TrimStart('/'), buffer.ToArray(), null);
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Content carries dates only; midnight UTC keeps the timestamp reproducible.</summary>
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
