using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Verify;

/// <summary>
/// The Verify stage reads the finished pages: each kind of breakage fails the build with the
/// Markdown file and line the editor wrote, and output/ is left as it was.
/// </summary>
public sealed class VerifyTests
{
    private const string File = "input/content/good-practice/a.de.md";

    // Line 19 is the first body line of SiteFiles.Sheet without slug/extra lines.
    private static string SheetWithBody(string body) => SiteFiles.Join(
        SiteFiles.Base,
        SiteFiles.Sheet("a", "de", body: $"""
            ## Ausgangslage und Herausforderung

            {body}

            ## Umsetzung

            Text.

            ## Fazit

            Text.
            """),
        SiteFiles.Sheet("b", "de"));

    private static IReadOnlyList<string> Errors(TestSite site, out string outputBefore)
    {
        Directory.CreateDirectory(site.Output);
        System.IO.File.WriteAllText(Path.Combine(site.Output, ".iqsite-output"), "");
        System.IO.File.WriteAllText(Path.Combine(site.Output, "index.html"), "previous build");
        outputBefore = FolderSnapshot.Hash(site.Output);
        var result = site.Build();
        Assert.False(result.Succeeded);
        return [.. result.Diagnostics.Select(d => d.ToString())];
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "21:1: error: the element <script> is not allowed in Markdown")]
    [InlineData("<iframe src=\"/de/\"></iframe>", "21:1: error: the element <iframe> is not allowed in Markdown")]
    [InlineData("<object data=\"x.swf\"></object>", "21:1: error: the element <object> is not allowed in Markdown")]
    [InlineData("Text <img src=\"/assets/favicon.svg\" alt=\"Logo\" onerror=\"alert(1)\"> Text", "21:6: error: the attribute onerror=\"alert(1)\" on <img> is not allowed in Markdown")]
    [InlineData("Ein <a href=\"javascript:alert(1)\">Link</a>", "21:5: error: the attribute href=\"javascript:alert(1)\" on <a> is not allowed in Markdown")]
    [InlineData("<div style=\"background: url(https://tracker.example.com/p.gif)\">Text</div>", "21:1: error: the style 'background")]
    [InlineData("<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a></p>", "21:1: error: the attribute href=\"data:text/html;base64,PHNjcmlwdD4=\" on <a> is not allowed in Markdown")]
    public void Unsafe_raw_html_fails_the_build_at_its_line_and_never_reaches_the_output(string html, string expected)
    {
        using var site = TestSite.Create(SheetWithBody(html));

        var errors = Errors(site, out var before);

        Assert.Contains(errors, e => e.StartsWith($"{File}:{expected}", StringComparison.Ordinal));
        Assert.Equal(before, FolderSnapshot.Hash(site.Output));
    }

    [Fact]
    public void Harmless_raw_html_passes()
    {
        using var site = TestSite.Create(SheetWithBody(
            "Das <abbr title=\"Integration durch Qualifizierung\">IQ</abbr> Programm, <span lang=\"en\">in English</span>,<br> <!-- Notiz --> und <a href=\"/de/gute-praxis/b/\">ein Blatt</a>."));

        site.BuildSucceeds();
    }

    [Fact]
    public void Link_to_a_missing_page_names_the_markdown_line()
    {
        using var site = TestSite.Create(SheetWithBody("Siehe [das andere Blatt](/de/gute-praxis/bb/)."));

        var error = Assert.Single(Errors(site, out var before));

        Assert.Equal($"{File}:21:26: error: broken link '/de/gute-praxis/bb/': the site has no page or file at /de/gute-praxis/bb/", error);
        Assert.Equal(before, FolderSnapshot.Hash(site.Output));
    }

    [Fact]
    public void Relative_link_and_existing_fragment_pass()
    {
        using var site = TestSite.Create(SheetWithBody("Siehe [das Fazit von b](../b/#fazit) und [hier](#umsetzung)."));

        site.BuildSucceeds();
    }

    [Fact]
    public void Link_to_a_missing_fragment_suggests_the_nearest_id()
    {
        using var site = TestSite.Create(SheetWithBody("Siehe [das Fazit](../b/#fazitt)."));

        var error = Assert.Single(Errors(site, out _));

        Assert.Equal($"{File}:21:19: error: broken link '../b/#fazitt': /de/gute-praxis/b/ has no element with id 'fazitt' (did you mean 'fazit'?)", error);
    }

    [Fact]
    public void Image_from_a_third_party_host_fails_the_privacy_gate()
    {
        using var site = TestSite.Create(SheetWithBody("![Logo des Projekts](https://cdn.example.net/logo.png)"));

        var error = Assert.Single(Errors(site, out var before));

        Assert.Equal($"{File}:21:22: error: <img> loads 'https://cdn.example.net/logo.png' from the third-party host cdn.example.net: pages may only load files from the site itself (put the file into input/static/)", error);
        Assert.Equal(before, FolderSnapshot.Hash(site.Output));
    }

    [Fact]
    public void Raw_html_image_from_a_third_party_host_fails_the_privacy_gate()
    {
        // Allowed HTML (a raw <script> is refused before, by the raw-HTML policy), but it would load from another server.
        using var site = TestSite.Create(SheetWithBody("<img src=\"https://tracker.example.net/t.gif\" alt=\"Zähler\">"));

        var error = Assert.Single(Errors(site, out _));

        Assert.StartsWith($"{File}:21:11: error: <img> loads 'https://tracker.example.net/t.gif' from the third-party host tracker.example.net", error);
    }

    [Fact]
    public void Outbound_links_to_other_hosts_are_allowed()
    {
        using var site = TestSite.Create(SheetWithBody("Mehr bei [der Schlichtungsstelle](https://www.schlichtungsstelle-bgg.de/)."));

        site.BuildSucceeds();
    }

    [Fact]
    public void Image_without_alt_text_names_the_markdown_line()
    {
        using var site = TestSite.Create(SiteFiles.Join(
            SheetWithBody("![](/bilder/team.png)"),
            """
            -- input/static/bilder/team.png --
            not really a png
            """));

        var error = Assert.Single(Errors(site, out _));

        Assert.Equal($"{File}:21:5: error: image '/bilder/team.png' has no text alternative: describe what it shows in the brackets, e.g. ![Group photo of the project team](/bilder/team.png)", error);
    }

    [Fact]
    public void Every_broken_thing_in_one_file_is_reported_in_one_run()
    {
        using var site = TestSite.Create(SheetWithBody("""
            [weg](/de/nichts/) und [auch weg](/en/nothing/)

            ![](https://cdn.example.net/x.png)
            """));

        var errors = Errors(site, out _);

        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.StartsWith(File + ":", e));
    }

    [Fact]
    public void Broken_link_in_the_theme_is_reported_against_the_generated_page()
    {
        using var site = TestSite.Create(SiteFiles.Join(
            SiteFiles.Base,
            SiteFiles.Sheet("a", "de"),
            """
            -- themes/iq/partials/footer.hbs --
            <footer><a href="/de/kontakt/">Kontakt</a></footer>
            """));

        var error = Assert.Single(Errors(site, out _));

        // Once, at the first page in path order, not once per page.
        Assert.Matches(@"^de/404\.html \(generated by the theme\):\d+:\d+: error: broken link '/de/kontakt/': the site has no page or file at /de/kontakt/ \(on \d+ pages\)$", error);
    }
}
