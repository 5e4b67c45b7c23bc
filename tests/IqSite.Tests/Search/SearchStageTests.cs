using System.Text.Json;
using IqSite.Diagnostics;
using IqSite.Search;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Search;

/// <summary>The search stage: Pagefind's index of the written site, one per language, and what it holds.</summary>
public sealed class SearchStageTests
{
    private static TestSite Site() => TestSite.Create(SiteFiles.Join(
        SiteFiles.Base,
        SiteFiles.Sheet("a", "de", network: "berlin"),
        SiteFiles.Sheet("b", "de", network: "bayern"),
        SiteFiles.Sheet("a", "en", network: "berlin")));

    [Fact]
    public void The_build_writes_one_index_per_language_with_the_content_pages_and_reports_its_size()
    {
        using var site = Site();

        var result = site.BuildSucceeds(site.Options with { Search = true });

        using var entry = JsonDocument.Parse(site.ReadOutput("pagefind/pagefind-entry.json"));
        var languages = entry.RootElement.GetProperty("languages");
        // Two sheets and the about page in German, one sheet and the about page in English.
        Assert.Equal(3, languages.GetProperty("de").GetProperty("page_count").GetInt32());
        Assert.Equal(2, languages.GetProperty("en").GetProperty("page_count").GetInt32());
        var timing = Assert.Single(result.Timings, t => t.Stage == "search");
        Assert.Matches(@"^de 3, en 2 entries \(0 from PDFs\); index \d+ KiB$", timing.Detail);
        // The site has its own search interface: Pagefind's ready-made ones are not published.
        Assert.Empty(Directory.GetFiles(site.OutputPath("pagefind"), "pagefind-*ui.*"));
    }

    // A small site's languages are written side by side; from SearchStage.WriteInTurnsFrom entries on, one at a time (0: always).
    [Theory]
    [InlineData(SearchStage.WriteInTurnsFrom)]
    [InlineData(0)]
    public void The_languages_indexed_side_by_side_make_the_bundle_one_Pagefind_service_writes_for_the_whole_site(int writeInTurnsFrom)
    {
        using var site = TestSite.Create(SiteFiles.Join(
            SiteFiles.Base,
            SiteFiles.Sheet("a", "de", network: "berlin", topics: "[qualification]"),
            SiteFiles.Sheet("b", "de", network: "bayern"),
            SiteFiles.Sheet("c", "de", network: "berlin", published: "2019-05-05"),
            SiteFiles.Sheet("a", "en", network: "berlin", topics: "[qualification]"),
            SiteFiles.Sheet("c", "en", network: "berlin", published: "2019-05-05")));
        var built = site.BuildSucceeds();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'));
        SearchStage.Run(built.Site!, site.Output, pages, new DiagnosticBag(), writeInTurnsFrom);
        var oneService = site.PathOf("one-service");

        // Every HTML file, listing pages and all, in path order to one index: Pagefind itself
        // leaves out the pages without data-pagefind-body and splits the rest by language.
        NodeScript.Run($$"""
            const { createIndex, close } = await import('pagefind')
            const { readdir, readFile } = await import('node:fs/promises')
            const { join } = await import('node:path')
            const site = {{JsonSerializer.Serialize(site.OutputPath(""))}}
            const { index } = await createIndex({})
            const pages = (await readdir(site, { recursive: true })).filter(p => p.endsWith('.html') && !p.startsWith('pagefind')).sort()
            for (const sourcePath of pages) await index.addHTMLFile({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') })
            await index.writeFiles({ outputPath: {{JsonSerializer.Serialize(oneService)}} })
            await close()
            """, "Pagefind");

        var expected = FolderSnapshot.Take(oneService).Where(f => !Path.GetFileName(f.Key).Contains("-ui.", StringComparison.Ordinal)).ToDictionary();
        var actual = FolderSnapshot.Take(site.OutputPath("pagefind"));
        Assert.True(expected.Count > 10, $"the reference bundle has only {expected.Count} files");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in expected)
            Assert.True(hash == actual[path], $"pagefind/{path} differs from the one-service bundle");
    }

    [Fact]
    public void Only_content_pages_are_indexed_with_their_type_filters_and_date()
    {
        using var site = Site();

        site.BuildSucceeds();

        var sheet = Html.Parse(site.ReadOutput("de/gute-praxis/a/index.html"));
        Assert.NotNull(sheet.QuerySelector("main[data-pagefind-body]"));
        var filters = sheet.QuerySelectorAll("[data-pagefind-filter]").Select(e => $"{e.GetAttribute("data-pagefind-filter")}={e.TextContent}").ToArray();
        Assert.Contains("type=Gute Praxis", filters);
        Assert.Contains("networks=Berlin", filters);
        Assert.NotNull(sheet.QuerySelector("[data-pagefind-sort='date']"));
        // The breadcrumbs repeat other pages' titles: not part of this page's text.
        Assert.NotNull(sheet.QuerySelector("nav.breadcrumbs[data-pagefind-ignore]"));
        foreach (var listing in new[] { "de/index.html", "de/gute-praxis/index.html", "de/404.html", "index.html" })
            Assert.Null(Html.Parse(site.ReadOutput(listing)).QuerySelector("[data-pagefind-body]"));
    }

    [Fact]
    public void Build_with_no_search_writes_no_index()
    {
        using var site = Site();

        var result = CliRunner.Run(site.Root, "build", "--no-search", "--timings");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(Directory.Exists(site.OutputPath("pagefind")));
        Assert.DoesNotContain(result.Lines, l => l.Contains("│ search", StringComparison.Ordinal));
    }
}
