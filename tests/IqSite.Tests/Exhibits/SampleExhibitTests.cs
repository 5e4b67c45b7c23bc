using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Render;
using IqSite.Tests.Fixtures;
using IqSite.Tests.Sample;

namespace IqSite.Tests.Exhibits;

/// <summary>The sample exhibition, its portraits and the brochure library, as built from the repository's input/.</summary>
public sealed partial class SampleExhibitTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly Dictionary<string, (string Exhibits, string Publications, string Culture)> Sections = new()
    {
        ["de"] = ("ausstellungen", "publikationen", "de-DE"),
        ["en"] = ("exhibitions", "publications", "en-GB"),
    };

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_portrait_page_has_a_responsive_photo_whose_files_exist_at_the_widths_srcset_names(string language)
    {
        sample.AssertBuilt();
        var folder = Path.Combine(RepoRoot.Input, "content", "exhibits");
        var portraits = Directory.EnumerateFiles(folder, $"*.{language}.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("_index", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(portraits);
        var files = new List<(string File, int Width, string Type)>();
        foreach (var source in portraits)
        {
            var exhibit = Path.GetFileName(Path.GetDirectoryName(source))!;
            var key = Path.GetFileName(source)[..^$".{language}.md".Length];
            var page = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, language, Sections[language].Exhibits, exhibit, key, "index.html")));
            var picture = page.QuerySelector("picture.portrait-photo");
            Assert.True(picture is not null, $"{key}: no photo");
            var img = picture.QuerySelector("img")!;
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")), $"{key}: no alt text");
            Assert.NotNull(img.GetAttribute("width"));
            Assert.NotNull(img.GetAttribute("height"));
            foreach (var (type, srcset) in picture.QuerySelectorAll("source").Select(s => (s.GetAttribute("type")!, s.GetAttribute("srcset")!))
                         .Append(("image/jpeg", img.GetAttribute("srcset")!)))
                foreach (var entry in srcset.Split(", ").Select(e => e.Split(' ')))
                {
                    var file = Path.Combine(sample.Output, entry[0].TrimStart('/'));
                    Assert.True(File.Exists(file), $"{entry[0]} is in srcset of {key} but not in the output");
                    files.Add((file, int.Parse(entry[1].TrimEnd('w'), CultureInfo.InvariantCulture), type));
                }
        }
        var read = Sharp.Metadata(files.Select(f => f.File));
        for (var i = 0; i < files.Count; i++)
        {
            Assert.True(files[i].Width == read[i].Width, $"{files[i].File}: srcset says {files[i].Width}w, the file is {read[i].Width} px wide");
            Assert.Equal(files[i].Type["image/".Length..], read[i].Format == "heif" ? "avif" : read[i].Format);
        }
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Each_publication_shows_the_real_file_size_and_page_count_of_its_pdfs(string language)
    {
        sample.AssertBuilt();
        var culture = CultureInfo.GetCultureInfo(Sections[language].Culture);
        var folders = Directory.GetDirectories(Path.Combine(RepoRoot.Input, "content", "publications"));
        Assert.True(folders.Length >= 3, "the sample site has at least three publications");
        var library = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, language, Sections[language].Publications, "index.html")));
        foreach (var folder in folders)
        {
            var key = Path.GetFileName(folder);
            var href = $"/{language}/{Sections[language].Publications}/{key}/";
            Assert.NotNull(library.QuerySelector($".publication-card a[href='{href}']"));
            var page = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, href.TrimStart('/'), "index.html")));
            var items = page.QuerySelectorAll(".downloads li").ToArray();
            var pdfs = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(pdfs.Length, items.Length);
            foreach (var pdf in pdfs)
            {
                var name = Path.GetFileName(pdf);
                var item = items.Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/files/publications/{key}/{name}");
                // Stable URL: the published file is the uploaded one, byte for byte.
                Assert.Equal(File.ReadAllBytes(pdf), File.ReadAllBytes(Path.Combine(sample.Output, "files", "publications", key, name)));
                var text = item.TextContent;
                Assert.Contains(Formats.FileSize(new FileInfo(pdf).Length, culture), text);
                Assert.Contains($"{PageCount(pdf)} {(language == "de" ? "Seiten" : "pages")}", text);
                Assert.Contains("PDF", text);
            }
            Assert.StartsWith("mailto:", page.QuerySelector("#accessible-format ~ p a, [aria-labelledby='accessible-format'] a")!.GetAttribute("href"));
        }
    }

    /// <summary>
    /// Read independently of the build (which uses pdf.js): the page tree's /Count. The sample PDFs
    /// are printed by Chromium, whose page tree is one uncompressed object.
    /// </summary>
    private static int PageCount(string pdf) =>
        PageCountPattern().Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf))).Max(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"/Count (\d+)")]
    private static partial Regex PageCountPattern();

    [Theory]
    [InlineData("de", "netzwerke/sachsen", "iq-sachsen")]
    [InlineData("en", "networks/sachsen", "iq-saxony")]
    public void The_saxony_network_page_lists_the_articles_of_its_newsletter(string language, string network, string series)
    {
        sample.AssertBuilt();
        var page = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, language, network, "index.html")));
        var links = page.QuerySelectorAll("#articles + .cards a").Select(a => a.GetAttribute("href")!).ToArray();
        var newsletterSection = language == "de" ? "newsletter" : "newsletters";
        var seriesArticles = Directory.EnumerateFiles(Path.Combine(sample.Output, language, newsletterSection, series), "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(sample.Output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(u => u.Split('/', StringSplitOptions.RemoveEmptyEntries).Length == 5)
            .ToArray();
        Assert.NotEmpty(seriesArticles);
        Assert.All(seriesArticles, a => Assert.Contains(a, links));
    }
}
