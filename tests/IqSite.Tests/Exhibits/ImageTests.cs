using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Exhibits;

/// <summary>Content images through sharp: variants, srcset, cache, and the errors editors can make.</summary>
public sealed partial class ImageTests
{
    private const string PortraitPage = "de/ausstellungen/schau/ana/index.html";

    [Fact]
    public void A_photo_becomes_avif_webp_and_jpeg_at_every_width_up_to_its_own_and_srcset_names_the_real_widths()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 1000, 1250);

        site.BuildSucceeds();

        var picture = Html.Parse(site.ReadOutput(PortraitPage)).QuerySelector("picture.portrait-photo")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal(("1000", "1250"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Platzhalterbild", img.GetAttribute("alt"));
        var sets = picture.QuerySelectorAll("source").Select(s => (s.GetAttribute("type"), s.GetAttribute("srcset")!))
            .Append(("image/jpeg", img.GetAttribute("srcset")!)).ToArray();
        Assert.Equal(["image/avif", "image/webp", "image/jpeg"], sets.Select(s => s.Item1));
        foreach (var (type, srcset) in sets)
        {
            var entries = srcset.Split(", ").Select(e => e.Split(' ')).Select(p => (Url: p[0], Width: int.Parse(p[1].TrimEnd('w'), CultureInfo.InvariantCulture))).ToArray();
            Assert.Equal([480, 800, 1000], entries.Select(e => e.Width));
            var files = entries.Select(e => site.OutputPath(e.Url.TrimStart('/'))).ToArray();
            Assert.All(files, f => Assert.True(File.Exists(f), $"{f} is in srcset but not in the output"));
            var read = Sharp.Metadata(files);
            Assert.Equal(entries.Select(e => e.Width), read.Select(r => r.Width));
            Assert.Equal(entries.Select(e => e.Width * 5 / 4), read.Select(r => r.Height));
            Assert.All(read, r => Assert.Equal(type!["image/".Length..], r.Format == "heif" ? "avif" : r.Format));
        }
        // The original may carry camera and location data: only the variants are published.
        Assert.False(site.OutputExists("files/exhibits/schau/foto.png"));
    }

    [Fact]
    public void A_photo_taken_sideways_is_turned_upright_by_its_exif_orientation()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana"));
        // Stored 600×400 with orientation 6 (rotate 90°): shown 400×600.
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 600, 400, orientation: 6);

        site.BuildSucceeds();

        var img = Html.Parse(site.ReadOutput(PortraitPage)).QuerySelector("picture img")!;
        Assert.Equal(("400", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        var jpeg = Assert.Single(Sharp.Metadata([site.OutputPath(img.GetAttribute("src")!.TrimStart('/'))]));
        Assert.Equal((400, 600), (jpeg.Width, jpeg.Height));
    }

    [Fact]
    public void The_second_build_takes_every_image_from_the_cache_and_timings_say_so()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana"), ExhibitSite.Portrait("bo", photo: "photo: bo.png\n"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 700, 500);
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/bo.png"), 300, 300);

        var first = CliRunner.Run(site.Root, "build", "--timings");
        var second = CliRunner.Run(site.Root, "build", "--timings");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("2 images: 2 processed, 0 from cache", ImagesRow(first));
        Assert.Equal("2 images: 0 processed, 2 from cache", ImagesRow(second));
    }

    private static string ImagesRow(CliResult result) =>
        ImagesRowPattern().Match(CliRunner.StripAnsi(result.StdOut)) is { Success: true } match ? match.Groups[1].Value : result.ToString();

    [GeneratedRegex(@"│ images\s*│[^│]*│[^│]*│ ([^│]*?)\s*│")]
    private static partial Regex ImagesRowPattern();

    [Fact]
    public void A_photo_that_is_not_there_is_an_error_at_its_line_with_a_suggestion()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", photo: "photo: fotto.png\n"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);

        var result = site.Build();

        Assert.Contains("input/content/exhibits/schau/ana.de.md:6:8: error: 'fotto.png' is not in the folder of this file (did you mean 'foto.png'?)",
            TestSite.Lines(result.Diagnostics));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_image_in_markdown_must_be_a_file_beside_the_text_and_may_not_leave_its_folder()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", body: "Text.\n\n![Zwei Personen am Tisch](gespraech.png)\n\n![Plan](../plan.png)"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);
        Sharp.CreatePng(site.PathOf("input/content/exhibits/plan.png"), 100, 100);

        var errors = TestSite.Lines(site.Build().Diagnostics);

        Assert.Contains("input/content/exhibits/schau/ana.de.md:14:1: error: no image 'gespraech.png' next to this file", errors);
        Assert.Contains("input/content/exhibits/schau/ana.de.md:16:1: error: no image '../plan.png' next to this file", errors);
    }

    [Fact]
    public void A_picture_without_text_alternative_is_an_error_at_the_markdown_line()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", body: "Text.\n\n![](foto.png)"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);

        var errors = TestSite.Lines(site.Build().Diagnostics);

        Assert.Contains("input/content/exhibits/schau/ana.de.md:14:1: error: image 'foto.png' has no text alternative", errors);
    }

    [Fact]
    public void An_image_in_markdown_becomes_a_lazy_loaded_picture()
    {
        using var site = ExhibitSite.Create(ExhibitSite.Portrait("ana", body: "Text.\n\n![Zwei Personen am Tisch](gespraech.png)"));
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/foto.png"), 100, 100);
        Sharp.CreatePng(site.PathOf("input/content/exhibits/schau/gespraech.png"), 900, 600);

        site.BuildSucceeds();

        var page = Html.Parse(site.ReadOutput(PortraitPage));
        var img = page.QuerySelector(".prose picture.prose-image img")!;
        Assert.Equal("Zwei Personen am Tisch", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("/images/exhibits/schau/gespraech-900.jpg", img.GetAttribute("src"));
        // The page's own photo is above the fold: not lazy.
        Assert.Null(page.QuerySelector("picture.portrait-photo img")!.GetAttribute("loading"));
    }
}
