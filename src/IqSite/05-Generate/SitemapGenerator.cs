using System.Globalization;
using System.Text;
using System.Xml;
using IqSite.Assemble;

namespace IqSite.Generate;

/// <summary>
/// One sitemap per language (sitemap-&lt;lang&gt;.xml) with every indexable page, its lastmod and its
/// hreflang alternates, and sitemap.xml as their index. Fallback pages are left out: their canonical
/// URL is the original's.
/// </summary>
public static class SitemapGenerator
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static IEnumerable<OutputFile> Generate(SiteModel site)
    {
        var names = site.Languages.Select(l => $"sitemap-{l.Language.Code}.xml").ToArray();
        yield return Write("sitemap.xml", xml =>
        {
            xml.WriteStartElement("sitemapindex", SitemapNs);
            foreach (var name in names)
            {
                xml.WriteStartElement("sitemap", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, site.AbsoluteUrl(name));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
        for (var i = 0; i < names.Length; i++)
        {
            var language = site.Languages[i];
            yield return Write(names[i], xml =>
            {
                xml.WriteStartElement("urlset", SitemapNs);
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
                foreach (var page in language.Pages.Where(p => p.Indexable && !p.IsFallback).OrderBy(p => p.Url, StringComparer.Ordinal))
                {
                    xml.WriteStartElement("url", SitemapNs);
                    xml.WriteElementString("loc", SitemapNs, site.AbsoluteUrl(page.Url));
                    if (page.LastModified is { } date)
                        xml.WriteElementString("lastmod", SitemapNs, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    foreach (var (hreflang, href) in site.Alternates(page))
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNs);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", hreflang);
                        xml.WriteAttributeString("href", href);
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            });
        }
    }

    private static OutputFile Write(string path, Action<XmlWriter> body)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            body(xml);
        }
        buffer.WriteByte((byte)'\n');
        return new OutputFile(path, buffer.ToArray(), null);
    }
}
