using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IqSite.Tests.Fixtures;
using IqSite.Tests.Sample;

namespace IqSite.Tests.Figures;

/// <summary>Every figure of the sample site becomes a page per language with chart, table, source and four downloads.</summary>
public sealed partial class FigurePageTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] Languages = ["de", "en"];

    public static TheoryData<string> FigureIds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot.Input, "figures"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(FigureIds))]
    public void Figure_has_a_page_with_chart_table_source_and_downloads_in_both_languages(string id)
    {
        sample.AssertBuilt();
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Input, "figures", id + ".json")));
        var segments = FigureSegments();
        foreach (var language in Languages)
        {
            var folder = $"{language}/{segments[language]}/{id}/";
            var html = File.ReadAllText(Path.Combine(sample.Output, folder, "index.html"));
            var page = Html.Parse(html);

            var svg = page.QuerySelector(".chart svg[role='img']");
            Assert.NotNull(svg);
            // The chart's text alternative is the spec's description.
            var description = spec.RootElement.GetProperty("description").GetProperty(language).GetString();
            Assert.Equal(description, svg!.QuerySelector("desc")!.TextContent);
            var rows = page.QuerySelectorAll(".data-table tbody tr");
            Assert.Equal(spec.RootElement.GetProperty("categories").GetArrayLength(), rows.Length);
            Assert.Contains(spec.RootElement.GetProperty("source").GetProperty(language).GetString()!, page.QuerySelector(".figure-facts")!.TextContent);

            var downloads = page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).ToArray();
            Assert.Equal(["csv", "json", "svg", "png"], downloads.Select(d => Path.GetExtension(d).TrimStart('.')));
            foreach (var href in downloads)
                Assert.True(sample.Exists(href.TrimStart('/')), $"{folder}: download {href} is missing");

            AssertPngIsTwiceTheSvg(Path.Combine(sample.Output, folder, id + ".png"), File.ReadAllText(Path.Combine(sample.Output, folder, id + ".svg")));
            AssertEmbeddable(page, folder, description!);
        }
    }

    /// <summary>The snippet on the page frames the embed page, which holds the same chart and nothing else of the site.</summary>
    private void AssertEmbeddable(AngleSharp.Dom.IDocument page, string folder, string description)
    {
        var snippet = Html.Parse(page.QuerySelector("pre.snippet code")!.TextContent).QuerySelector("iframe");
        Assert.NotNull(snippet);
        Assert.Equal($"https://iq-gute-praxis.netlify.app/{folder}embed/", snippet!.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(snippet.GetAttribute("title")), $"{folder}: the iframe has no accessible name");
        Assert.True(int.Parse(snippet.GetAttribute("height")!, CultureInfo.InvariantCulture) > 200);

        var embed = Html.Parse(File.ReadAllText(Path.Combine(sample.Output, folder, "embed", "index.html")));
        Assert.Equal(description, embed.QuerySelector(".chart svg[role='img'] desc")!.TextContent);
        Assert.NotNull(embed.QuerySelector("meta[name='robots'][content='noindex']"));
        Assert.Null(embed.QuerySelector("nav, header, footer"));
        Assert.Equal("/" + folder, embed.QuerySelector("main a[target='_blank']")!.GetAttribute("href"));
        Assert.DoesNotContain($"/{folder}embed/", Sitemap.AllText(sample.Output));
    }

    [Fact]
    public void Csv_opens_in_excel_with_umlauts_and_the_languages_separator()
    {
        sample.AssertBuilt();
        var segments = FigureSegments();
        var id = "top-5-staatsangehoerigkeiten-anerkennungsberatung-2019-2022";
        var german = File.ReadAllBytes(Path.Combine(sample.Output, "de", segments["de"], id, id + ".csv"));
        var english = File.ReadAllText(Path.Combine(sample.Output, "en", segments["en"], id, id + ".csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF], german[..3]);
        var text = System.Text.Encoding.UTF8.GetString(german[3..]);
        Assert.Contains("\"Türkei\";14266\r\n", text);
        Assert.Contains("\"Turkey\",14266\r\n", english);
    }

    private static void AssertPngIsTwiceTheSvg(string png, string svg)
    {
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        var box = ViewBox().Match(svg);
        Assert.True(box.Success, "the SVG has no viewBox");
        var svgWidth = double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture);
        var svgHeight = double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(width, Math.Floor(svgWidth * 2), Math.Ceiling(svgWidth * 2));
        Assert.InRange(height, Math.Floor(svgHeight * 2), Math.Ceiling(svgHeight * 2));
    }

    private static Dictionary<string, string> FigureSegments()
    {
        var site = File.ReadAllText(Path.Combine(RepoRoot.Input, "site.yml"));
        var codes = CodeLine().Matches(site).Select(m => m.Groups[1].Value).ToArray();
        var segments = FiguresLine().Matches(site).Select(m => m.Groups[1].Value).ToArray();
        return codes.Zip(segments).ToDictionary(p => p.First, p => p.Second);
    }

    [GeneratedRegex(@"viewBox=""0 0 ([0-9.]+) ([0-9.]+)""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"^\s*- code: (\S+)", RegexOptions.Multiline)]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"^\s*figures: (\S+)", RegexOptions.Multiline)]
    private static partial Regex FiguresLine();
}
