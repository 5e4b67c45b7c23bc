using System.Xml.Linq;

namespace IqSite.Tests.Fixtures;

/// <summary>Reads sitemap.xml into entries and checks what search engines require of its alternates.</summary>
internal static class Sitemap
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public sealed record Entry(string Loc, string? LastMod, IReadOnlyList<(string Hreflang, string Href)> Alternates);

    /// <summary>The entries of every language's sitemap, found through the sitemap index sitemap.xml in <paramref name="output"/>.</summary>
    public static IReadOnlyList<Entry> ReadAll(string output) => [.. Files(output).SelectMany(f => Entries(File.ReadAllText(f)))];

    /// <summary>The language sitemaps the index names, as files in <paramref name="output"/>.</summary>
    public static IEnumerable<string> Files(string output)
    {
        var index = XDocument.Parse(File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        return index.Root.Elements(Ns + "sitemap").Select(s => Path.Combine(output, new Uri(s.Element(Ns + "loc")!.Value).AbsolutePath.TrimStart('/')));
    }

    /// <summary>All language sitemaps as one text, for checks that a URL is or is not listed.</summary>
    public static string AllText(string output) => string.Concat(Files(output).Select(File.ReadAllText));

    public static IReadOnlyList<Entry> Entries(string xml)
    {
        var document = XDocument.Parse(xml);
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        return [.. document.Root.Elements(Ns + "url").Select(url => new Entry(
            url.Element(Ns + "loc")!.Value,
            url.Element(Ns + "lastmod")?.Value,
            [.. url.Elements(Xhtml + "link")
                .Where(l => (string?)l.Attribute("rel") == "alternate")
                .Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!))]))];
    }

    /// <summary>
    /// Every alternate names a URL listed in the sitemap that names this URL back under this URL's
    /// language, and every entry that has alternates lists itself among them.
    /// </summary>
    public static void AssertAlternatesAreReciprocal(IReadOnlyList<Entry> entries)
    {
        var byLoc = entries.ToDictionary(e => e.Loc, StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Alternates.Count > 0))
        {
            var self = entry.Alternates.Where(a => a.Href == entry.Loc && a.Hreflang != "x-default").ToList();
            Assert.True(self.Count == 1, $"{entry.Loc} does not list itself exactly once among its alternates");
            var ownLanguage = self[0].Hreflang;
            Assert.Single(entry.Alternates, a => a.Hreflang == "x-default");
            foreach (var (hreflang, href) in entry.Alternates.Where(a => a.Hreflang != "x-default"))
            {
                Assert.True(byLoc.TryGetValue(href, out var other), $"{entry.Loc} names {href} ({hreflang}) as an alternate, but the sitemap has no such URL");
                Assert.True(other.Alternates.Contains((ownLanguage, entry.Loc)),
                    $"{href} does not name {entry.Loc} ({ownLanguage}) back as an alternate");
                Assert.Equal(
                    entry.Alternates.OrderBy(a => a.Hreflang, StringComparer.Ordinal),
                    other.Alternates.OrderBy(a => a.Hreflang, StringComparer.Ordinal));
            }
        }
    }
}
