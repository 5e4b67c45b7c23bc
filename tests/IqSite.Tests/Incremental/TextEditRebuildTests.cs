using IqSite.Tests.Fixtures;
using IqSite.Write;

namespace IqSite.Tests.Incremental;

/// <summary>
/// The preview renders only the pages of an edited Markdown text when nothing else changed
/// (TextEditRebuild). Whatever path a rebuild takes, output/ must be exactly what a clean build
/// of the same input gives; every change the quick path cannot judge goes to a full build.
/// </summary>
public sealed class TextEditRebuildTests
{
    // English borrows what it lacks from German, so a German text is on two pages: b and d.
    private static readonly string Fixture = SiteFiles.Join(
        SiteFiles.SiteYml(pageSize: 2).Replace("    culture: en-GB\n", "    culture: en-GB\n    fallback: [de]\n", StringComparison.Ordinal),
        SiteFiles.TaxonomiesYml, SiteFiles.Pages,
        SiteFiles.Sheet("a", "de", published: "2021-01-01"),
        SiteFiles.Sheet("b", "de", published: "2020-05-05", network: "bayern"),
        SiteFiles.Sheet("c", "de", published: "2022-02-02"),
        SiteFiles.Sheet("a", "en", published: "2021-01-01"),
        SiteFiles.Sheet("c", "en", published: "2022-02-02"));

    private const string SheetB = "input/content/good-practice/b.de.md";

    [Fact]
    public void Edited_text_renders_only_its_pages_and_the_output_equals_a_clean_build()
    {
        using var site = TestSite.Create(Fixture);
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);
        Assert.Contains("fallback-notice", site.ReadOutput("en/good-practice/b/index.html"), StringComparison.Ordinal);

        Edit(site, SheetB, text => text.Replace("Implementation of b.", "Implementation of b, now with a [link to c](good-practice:c).", StringComparison.Ordinal));
        var rebuild = Rebuild(site, preview, SheetB);

        Assert.True(rebuild.TextEditsOnly, Describe(rebuild));
        // Its own page and the English fallback page, nothing else.
        Assert.Equal(2, rebuild.Pages);
        Assert.Equal(2, rebuild.Written!.Written);
        Assert.Equal(["/de/gute-praxis/b/"], rebuild.Changes!.Value.Single(c => c.Language == "de").Changed.ToArray());
        Assert.Equal(["/en/good-practice/b/"], rebuild.Changes!.Value.Single(c => c.Language == "en").Changed.ToArray());
        Assert.Contains("href=\"/de/gute-praxis/c/\"", site.ReadOutput("de/gute-praxis/b/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/en/good-practice/c/\"", site.ReadOutput("en/good-practice/b/index.html"), StringComparison.Ordinal);
        AssertEqualsCleanBuild(site);

        // A second edit of the same text builds on the first.
        Edit(site, SheetB, text => text.Replace("Conclusion of b.", "Conclusion of b, revised.", StringComparison.Ordinal));
        Assert.True(Rebuild(site, preview, SheetB).TextEditsOnly);
        AssertEqualsCleanBuild(site);

        // The next full build starts from what the edits left.
        site.WriteFiles(SiteFiles.Sheet("c", "de", published: "2022-02-03"));
        Assert.False(Rebuild(site, preview, "input/content/good-practice/c.de.md").TextEditsOnly);
        AssertEqualsCleanBuild(site);
    }

    /// <summary>
    /// A marked translation says when its original changed since it was marked: an edit of the
    /// original's text changes the translation's page too, which the text edit path does not render.
    /// </summary>
    [Fact]
    public void Edited_text_of_a_marked_translations_original_gets_a_full_build()
    {
        using var site = TestSite.Create("");
        TestSite.CopyDirectory(RepoRoot.Input, site.Input);
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);
        const string original = "input/content/good-practice/kmu-toolbox.de.md";
        Assert.Contains("translation_of:", File.ReadAllText(site.PathOf("input/content/good-practice/kmu-toolbox.en.md")), StringComparison.Ordinal);

        File.AppendAllText(site.PathOf(original), "\nEin neuer Absatz, den die Übersetzung noch nicht kennt.\n");
        var rebuild = Rebuild(site, preview, original);

        Assert.False(rebuild.TextEditsOnly, Describe(rebuild));
        Assert.NotNull(Html.Parse(site.ReadOutput("en/good-practice/kmu-toolbox/index.html")).QuerySelector("main .outdated-notice"));
    }

    public static TheoryData<string> FullBuildChanges => ["front matter", "new heading", "new file", "template"];

    [Theory]
    [MemberData(nameof(FullBuildChanges))]
    public void What_the_text_edit_path_cannot_judge_gets_a_full_build(string change)
    {
        using var site = TestSite.Create(Fixture);
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);

        var changed = change switch
        {
            // The teaser is on list pages and the home page.
            "front matter" => Edit(site, SheetB, text => text.Replace("Teaser of b.", "New teaser of b.", StringComparison.Ordinal)),
            // Other pages may link to the ids of a page's headings.
            "new heading" => Edit(site, SheetB, text => text + "\n\n### Kontakt\n\nMore text.\n"),
            "new file" => Write(site, SiteFiles.Sheet("e", "de", published: "2023-01-01"), "input/content/good-practice/e.de.md"),
            _ => Edit(site, "themes/iq/layouts/good-practice.hbs", text => text + "\n<p>Neu</p>\n"),
        };
        var rebuild = Rebuild(site, preview, changed);

        Assert.False(rebuild.TextEditsOnly);
        Assert.True(rebuild.Succeeded, Describe(rebuild));
        AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void A_mistake_in_an_edited_text_fails_the_rebuild_with_its_line()
    {
        using var site = TestSite.Create(Fixture);
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);
        var before = FolderSnapshot.Take(site.Output);

        Edit(site, SheetB, text => text.Replace("Situation of b.", "Situation of b, see [sheet x](good-practice:x).", StringComparison.Ordinal));
        var rebuild = Rebuild(site, preview, SheetB);

        Assert.False(rebuild.Succeeded);
        var error = Assert.Single(rebuild.Diagnostics);
        Assert.Equal(SheetB, error.Location.File);
        Assert.Equal(File.ReadAllLines(site.PathOf(SheetB)).ToList().FindIndex(l => l.StartsWith("Situation of b", StringComparison.Ordinal)) + 1, error.Location.Line);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));

        // Fixed: the failed build left no site for the quick path, so this is a full build, and it clears the error.
        Edit(site, SheetB, text => text.Replace("good-practice:x", "good-practice:c", StringComparison.Ordinal));
        var fixedBuild = Rebuild(site, preview, SheetB);
        Assert.True(fixedBuild.Succeeded, Describe(fixedBuild));
        Assert.False(fixedBuild.TextEditsOnly);
        AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void A_renamed_heading_that_another_page_links_to_fails_the_rebuild_at_that_link()
    {
        using var site = TestSite.Create(Fixture);
        site.WriteFiles(SiteFiles.Sheet("b", "de", published: "2020-05-05", network: "bayern",
            body: "## Ausgangslage und Herausforderung\n\nS.\n\n## Umsetzung\n\nI.\n\n### Kontakt\n\nK.\n\n## Fazit\n\nF.\n"));
        site.WriteFiles(SiteFiles.Sheet("a", "de", published: "2021-01-01",
            body: "## Ausgangslage und Herausforderung\n\nSee [the contact of b](/de/gute-praxis/b/#kontakt).\n\n## Umsetzung\n\nI.\n\n## Fazit\n\nF.\n"));
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);

        Edit(site, SheetB, text => text.Replace("### Kontakt", "### Ansprechpartner", StringComparison.Ordinal));
        var rebuild = Rebuild(site, preview, SheetB);

        Assert.False(rebuild.Succeeded);
        var error = Assert.Single(rebuild.Diagnostics);
        Assert.Equal("input/content/good-practice/a.de.md", error.Location.File);
        Assert.Contains("has no element with id 'kontakt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_that_changes_nothing_writes_nothing()
    {
        using var site = TestSite.Create(Fixture);
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);
        var before = FolderSnapshot.Take(site.Output);

        // An editor's temporary file that is gone again, and a save of the same text.
        var rebuild = new BuildPipeline(preview).Rebuild([site.PathOf(SheetB), site.PathOf("input/content/good-practice/.b.de.md.swp")]);

        Assert.True(rebuild.TextEditsOnly, Describe(rebuild));
        Assert.Equal(0, rebuild.Pages);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    private static BuildResult Rebuild(TestSite site, BuildOptions preview, string changed) =>
        new BuildPipeline(preview).Rebuild([site.PathOf(changed)]);

    /// <summary>
    /// Every file byte for byte but the manifest, whose entries must be the same: edits append
    /// their entries to it instead of writing all of it again.
    /// </summary>
    private static void AssertEqualsCleanBuild(TestSite site)
    {
        var clean = site.PathOf("clean");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        site.BuildSucceeds(site.Options with { OutputDirectory = clean, CacheDirectory = site.PathOf("clean-cache") });
        var expected = FolderSnapshot.Take(clean);
        var actual = FolderSnapshot.Take(site.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, hash) in expected.Where(f => f.Key != OutputManifest.FileName))
            Assert.True(hash == actual[path], $"{path} differs from a clean build");
        Assert.Equal(OutputManifest.Load(clean)!.Entries.OrderBy(e => e.Key, StringComparer.Ordinal),
            OutputManifest.Load(site.Output)!.Entries.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    private static string Edit(TestSite site, string path, Func<string, string> change)
    {
        var full = site.PathOf(path);
        var text = File.ReadAllText(full);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(full, changed);
        return path;
    }

    private static string Write(TestSite site, string files, string path)
    {
        site.WriteFiles(files);
        return path;
    }

    private static string Describe(BuildResult result) =>
        string.Join("; ", result.Diagnostics.Select(d => d.ToString()).Concat(result.Timings.Select(t => $"{t.Stage}: {t.Detail}")));
}
