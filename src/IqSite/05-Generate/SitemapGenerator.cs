using System.Text;
using System.Xml;
using IqSite.Assemble;

namespace IqSite.Generate;

/// <summary>sitemap.xml with every indexable page, its lastmod and its hreflang alternates.</summary>
public static class SitemapGenerator
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static OutputFile Generate(SiteModel site)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in site.AllPages.Where(p => p.Indexable).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, site.AbsoluteUrl(page.Url));
                if (page.LastModified is { } date)
                    xml.WriteElementString("lastmod", SitemapNs, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
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
        }
        buffer.WriteByte((byte)'\n');
        return new OutputFile("sitemap.xml", buffer.ToArray(), null);
    }
}
