using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Incremental;

/// <summary>
/// A rebuild reuses what earlier builds left (the staging folder and its manifest, the build
/// cache) and must still give exactly the site a clean build gives.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly string Fixture = SiteFiles.Join(
        SiteFiles.SiteYml(pageSize: 2), SiteFiles.TaxonomiesYml, SiteFiles.Pages,
        SiteFiles.Sheet("a", "de", published: "2021-01-01", topics: "[qualification, digital-tools]"),
        SiteFiles.Sheet("b", "de", published: "2020-05-05", network: "bayern"),
        SiteFiles.Sheet("c", "de", published: "2022-02-02", topics: "[digital-tools]"),
        SiteFiles.Sheet("d", "de", published: "2019-09-09"),
        SiteFiles.Sheet("a", "en", published: "2021-01-01", topics: "[qualification, digital-tools]"),
        SiteFiles.Sheet("c", "en", published: "2022-02-02"));

    public static TheoryData<string> Changes => ["sheet", "sheet text", "sheet teaser", "template", "ui string", "taxonomy label", "removed sheet"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Rebuild_after_a_change_equals_a_clean_build_byte_for_byte(string change)
    {
        using var site = TestSite.Create(Fixture);
        // Settled files, as an editor's are: the rebuild takes those it does not find changed unread.
        Age(site);
        // A cache folder of its own: other tests' builds would rewrite a shared one in between,
        // and this build would then keep fewer pages than its own cache allows.
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        // The second build leaves the first build's site in the staging folder: from the third
        // build on, builds only rewrite what changed.
        site.BuildSucceeds(options);
        site.BuildSucceeds(options);
        var before = FolderSnapshot.Take(site.Output);
        Apply(change, site);

        var rebuild = site.BuildSucceeds(options);
        site.BuildSucceeds(site.Options with { OutputDirectory = site.PathOf("clean"), CacheDirectory = site.PathOf("clean-cache") });

        var incremental = FolderSnapshot.Take(site.Output);
        var clean = FolderSnapshot.Take(site.PathOf("clean"));
        Assert.Equal(clean.Keys, incremental.Keys);
        foreach (var (path, hash) in clean)
            Assert.True(hash == incremental[path], $"after a changed {change}, {path} differs from a clean build");
        Assert.NotEqual(before, incremental);
        Assert.Matches(@"^\d+ files, \d+ unchanged since the previous build$", Detail(rebuild, "discover"));
        var (written, unchanged) = WriteCounts(rebuild);
        Assert.True(written > 0, $"a changed {change} must rewrite some files");
        // Pages whose render key is unchanged keep their file; the comparison above shows none of them is stale.
        // A template or UI string change renders every page again (every page shows the strings of the header).
        var kept = Kept(rebuild);
        Assert.True(kept < rebuild.Pages, $"a changed {change} rendered no page again");
        if (change is not ("ui string" or "template")) Assert.True(kept > rebuild.Pages / 3, $"a changed {change} kept only {kept} of {rebuild.Pages} pages");
        if (change != "template" && change != "ui string")
            Assert.True(unchanged > written, $"a changed {change} rewrote {written} files and kept {unchanged}");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Preview_rebuild_that_reuses_its_last_build_equals_a_clean_build_byte_for_byte(string change)
    {
        using var site = TestSite.Create(Fixture);
        // As serve does: one memory for all builds of the process.
        var preview = site.Options with { Memory = new BuildMemory() };
        site.BuildSucceeds(preview);
        var first = site.BuildSucceeds(preview);
        Apply(change, site);

        var rebuild = site.BuildSucceeds(preview);
        site.BuildSucceeds(site.Options with { OutputDirectory = site.PathOf("clean"), CacheDirectory = site.PathOf("clean-cache") });

        var incremental = FolderSnapshot.Take(site.Output);
        foreach (var (path, hash) in FolderSnapshot.Take(site.PathOf("clean")))
            Assert.True(incremental.TryGetValue(path, out var built) && hash == built, $"after a changed {change}, {path} differs from a clean build");
        Assert.Equal(FolderSnapshot.Take(site.PathOf("clean")).Keys, incremental.Keys);
        Assert.Contains("unchanged since the previous build", Detail(first, "parse"));
        // Files are read again only when saved since; templates are compiled again only when one changed.
        Assert.Matches(@"^(\d+) files, \d+ unchanged", Detail(first, "discover"));
        Assert.Equal("unchanged since the previous build", Detail(first, "templates"));
        Assert.Equal(change == "template" ? "compiled" : "unchanged since the previous build", Detail(rebuild, "templates"));
        Assert.True(Reused(rebuild, "discover") < Reused(first, "discover"), $"a changed {change} was not read again");
        // Unchanged input is taken from memory; what changed is parsed and scanned again.
        Assert.Matches(@"^(\d+) documents, \1 unchanged", Detail(first, "parse"));
        Assert.Matches(@"^(\d+) pages, \1 unchanged", Detail(first, "render"));
        if (change == "sheet") Assert.Matches(@"^(\d+) documents, (?!\1 )\d+ unchanged", Detail(rebuild, "parse"));
        if (change == "taxonomy label") Assert.DoesNotMatch(@"^(\d+) pages, \1 unchanged", Detail(rebuild, "render"));
    }

    private static int Reused(BuildResult result, string stage) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(Detail(result, stage), @"(\d+) unchanged").Groups[1].Value);

    private static string Detail(BuildResult result, string stage) => result.Timings.Single(t => t.Stage == stage).Detail;

    private static int Kept(BuildResult result) =>
        System.Text.RegularExpressions.Regex.Match(Detail(result, "render"), @"(\d+) kept without rendering") is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    public static TheoryData<string> RemovedTargets => ["good-practice:c", "site:imprint"];

    /// <summary>
    /// An unchanged text is not checked again when nothing it may link to changed; when a target
    /// goes, every text is checked again and the link to it is an error at its line.
    /// </summary>
    [Theory]
    [MemberData(nameof(RemovedTargets))]
    public void Rebuild_after_a_link_target_is_removed_reports_the_link_that_now_leads_nowhere(string link)
    {
        using var site = TestSite.Create(Fixture);
        site.WriteFile("input/content/pages/imprint.de.md", "---\ntitle: \"Impressum\"\n---\nAngaben.\n");
        Edit(site.PathOf("input/content/good-practice/a.de.md"), text => text.Replace("Situation of a.", $"Situation of a, see [this]({link}).", StringComparison.Ordinal));
        site.BuildSucceeds();
        site.BuildSucceeds();

        File.Delete(site.PathOf(link == "site:imprint" ? "input/content/pages/imprint.de.md" : "input/content/good-practice/c.de.md"));
        var rebuild = site.Build();

        Assert.False(rebuild.Succeeded);
        var error = Assert.Single(rebuild.Diagnostics);
        Assert.Equal("input/content/good-practice/a.de.md", error.Location.File);
        Assert.Equal(File.ReadAllLines(site.PathOf("input/content/good-practice/a.de.md")).ToList().FindIndex(l => l.Contains(link, StringComparison.Ordinal)) + 1,
            error.Location.Line);
    }

    /// <summary>
    /// A rebuild checks again only the links of pages that changed, while every page and id is as
    /// before: serve from the build it remembers, a single build from the one that saved the build
    /// cache. A page gone is a changed target, and the unchanged page linking to it is checked.
    /// </summary>
    [Theory]
    [InlineData("serve")]
    [InlineData("single builds")]
    public void Rebuild_after_a_page_is_removed_reports_the_plain_link_to_it_from_an_unchanged_page(string builds)
    {
        using var site = TestSite.Create(Fixture);
        var preview = builds == "serve" ? site.Options with { Memory = new BuildMemory() } : site.Options;
        Edit(site.PathOf("input/content/good-practice/a.de.md"), text => text.Replace("Situation of a.", "Situation of a, see [this](/de/gute-praxis/d/).", StringComparison.Ordinal));
        var first = site.BuildSucceeds(preview);
        Edit(site.PathOf("input/content/good-practice/c.de.md"), text => text + "\nOne more sentence.\n");
        var second = site.BuildSucceeds(preview);
        Assert.True(Checked(second) < Checked(first) / 2, $"checked {Checked(second)} links after one changed text, {Checked(first)} in the first build");

        File.Delete(site.PathOf("input/content/good-practice/d.de.md"));
        var rebuild = site.Build(preview);

        Assert.False(rebuild.Succeeded);
        var error = Assert.Single(rebuild.Diagnostics, d => d.Location.File == "input/content/good-practice/a.de.md");
        Assert.Contains("/de/gute-praxis/d/", error.Message, StringComparison.Ordinal);
    }

    private static int Checked(BuildResult result) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(Detail(result, "verify"), @"(\d+) links and resources checked").Groups[1].Value);

    [Fact]
    public void Rebuild_of_unchanged_input_writes_no_file()
    {
        using var site = TestSite.Create(Fixture);
        // A cache folder of its own: other tests' builds would rewrite a shared one in between.
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        site.BuildSucceeds(options);
        site.BuildSucceeds(options);
        var scans = new FileInfo(Path.Combine(site.PathOf("cache"), IqSite.Verify.ReferenceFile.FileName));
        var saved = scans.LastWriteTimeUtc;
        var frontMatter = new FileInfo(Path.Combine(site.PathOf("cache"), IqSite.Parse.FrontMatterTable.FileName));
        var savedFrontMatter = frontMatter.LastWriteTimeUtc;

        var rebuild = site.BuildSucceeds(options);
        var (written, unchanged) = WriteCounts(rebuild);

        Assert.Equal(0, written);
        Assert.Equal(rebuild.Pages, Kept(rebuild));
        Assert.True(unchanged > 40, $"only {unchanged} files");
        // Nor the page scans of the build cache, which hold what they held.
        Assert.EndsWith("pages as in the cache", rebuild.Timings.Last(t => t.Stage == "cache").Detail, StringComparison.Ordinal);
        scans.Refresh();
        Assert.Equal(saved, scans.LastWriteTimeUtc);
        // Nor the front matter, all of it taken from there.
        Assert.Equal(savedFrontMatter, frontMatter.LastWriteTimeUtc);
    }

    /// <summary>
    /// Pages are kept by what they are made from (<see cref="Render.PageInputs"/>) before their
    /// render keys are made: other build options are such an input, though no file changed.
    /// </summary>
    [Fact]
    public void Rebuild_with_other_build_options_equals_a_clean_build_with_them()
    {
        using var site = TestSite.Create(Fixture);
        // A cache folder of its own: other tests' builds would rewrite a shared one in between.
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        site.BuildSucceeds(options);
        site.BuildSucceeds(options);
        var other = options with { BaseUrl = "https://preview.example.org/", Today = new DateOnly(2030, 1, 1) };

        var rebuild = site.BuildSucceeds(other);
        site.BuildSucceeds(other with { OutputDirectory = site.PathOf("clean"), CacheDirectory = site.PathOf("clean-cache") });

        Assert.Equal(FolderSnapshot.Take(site.PathOf("clean")), FolderSnapshot.Take(site.Output));
        Assert.Contains("https://preview.example.org/", site.ReadOutput("de/gute-praxis/b/index.html"), StringComparison.Ordinal);
        Assert.Equal(0, Kept(rebuild));
    }

    /// <summary>
    /// A file beside a text (a brochure's PDF) is not a text, but pages show what the build reads
    /// of it (its size and page count): when it is replaced, those pages are rendered again.
    /// </summary>
    [Fact]
    public void Rebuild_after_a_download_file_is_replaced_equals_a_clean_build_byte_for_byte()
    {
        using var site = TestSite.Create("");
        TestSite.CopyDirectory(RepoRoot.Input, site.Input);
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        site.BuildSucceeds(options);
        site.BuildSucceeds(options);
        var before = FolderSnapshot.Take(site.Output);
        var folder = site.PathOf("input/content/publications/kenne-deine-rechte");
        File.Copy(Path.Combine(folder, "kenne-deine-rechte-en.pdf"), Path.Combine(folder, "kenne-deine-rechte-de.pdf"), overwrite: true);

        var rebuild = site.BuildSucceeds(options);
        site.BuildSucceeds(site.Options with { OutputDirectory = site.PathOf("clean"), CacheDirectory = site.PathOf("clean-cache") });

        var incremental = FolderSnapshot.Take(site.Output);
        Assert.Equal(FolderSnapshot.Take(site.PathOf("clean")), incremental);
        var changedPages = incremental.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && before.GetValueOrDefault(f.Key) != f.Value).ToArray();
        Assert.NotEmpty(changedPages);
        Assert.True(Kept(rebuild) > rebuild.Pages / 2, $"kept only {Kept(rebuild)} of {rebuild.Pages} pages");
    }

    /// <summary>
    /// A build that fails at Verify has saved the build cache's tables (render keys, front matter)
    /// while it verified, but no page scans: the next build renders the page with the broken link
    /// again instead of keeping its file, and reports the link again.
    /// </summary>
    [Fact]
    public void Build_that_fails_at_verify_saves_no_page_scans_and_the_next_build_reports_the_link_again()
    {
        using var site = TestSite.Create(Fixture);
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        site.BuildSucceeds(options);
        // The scans file, and the journal a later build adds its changed scans to.
        string[] Scans() => [.. new[] { IqSite.Verify.ReferenceFile.FileName, IqSite.Verify.ReferenceFile.JournalName }
            .Select(name => new FileInfo(Path.Combine(site.PathOf("cache"), name)))
            .Select(file => file.Exists ? $"{file.Name} {file.Length} {file.LastWriteTimeUtc.Ticks}" : $"{file.Name} none")];
        var savedScans = Scans();
        var keys = new FileInfo(Path.Combine(site.PathOf("cache"), BuildMemory.RenderKeysFile));
        var savedKeys = keys.LastWriteTimeUtc;
        Edit(site.PathOf("input/content/good-practice/a.de.md"), text => text.Replace("Situation of a.", "Situation of a, see [this](/de/gute-praxis/nowhere/).", StringComparison.Ordinal));

        var failed = site.Build(options);
        var again = site.Build(options);

        foreach (var build in new[] { failed, again })
        {
            Assert.False(build.Succeeded);
            var error = Assert.Single(build.Diagnostics);
            Assert.Equal("input/content/good-practice/a.de.md", error.Location.File);
            Assert.Contains("/de/gute-praxis/nowhere/", error.Message, StringComparison.Ordinal);
        }
        keys.Refresh();
        Assert.Equal(savedScans, Scans());
        Assert.NotEqual(savedKeys, keys.LastWriteTimeUtc);
    }

    [Fact]
    public void Rebuild_takes_unchanged_files_front_matter_from_the_build_cache_while_site_yml_is_unchanged()
    {
        using var site = TestSite.Create(Fixture);
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        var first = Detail(site.BuildSucceeds(options), "parse");
        Assert.DoesNotContain("front matters", first, StringComparison.Ordinal);
        var documents = int.Parse(first.Split(' ')[0]);

        Apply("sheet", site);
        Assert.EndsWith($", {documents - 1} front matters from the build cache", Detail(site.BuildSucceeds(options), "parse"), StringComparison.Ordinal);
        // The front matter's locations and languages come from site.yml's reading too.
        Edit(site.PathOf("input/site.yml"), text => text + "\n# edited\n");
        Assert.DoesNotContain("front matters", Detail(site.BuildSucceeds(options), "parse"), StringComparison.Ordinal);
        Assert.EndsWith($", {documents} front matters from the build cache", Detail(site.BuildSucceeds(options), "parse"), StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_front_matter_in_the_build_cache_is_parsed_from_the_file_again()
    {
        using var site = TestSite.Create(Fixture);
        var options = site.Options with { CacheDirectory = site.PathOf("cache") };
        var documents = int.Parse(Detail(site.BuildSucceeds(options), "parse").Split(' ')[0]);
        var table = Path.Combine(site.PathOf("cache"), IqSite.Parse.FrontMatterTable.FileName);
        var lines = File.ReadAllLines(table);
        // A row whose JSON no longer reads (a title of the wrong type) is not taken; the others are.
        var row = Array.FindIndex(lines, l => l.Contains("\"Title\":\"", StringComparison.Ordinal));
        lines[row] = System.Text.RegularExpressions.Regex.Replace(lines[row], "\"Title\":\"[^\"]*\"", "\"Title\":42");
        File.WriteAllLines(table, lines);

        Assert.EndsWith($", {documents - 1} front matters from the build cache", Detail(site.BuildSucceeds(options), "parse"), StringComparison.Ordinal);
        Assert.EndsWith($", {documents} front matters from the build cache", Detail(site.BuildSucceeds(options), "parse"), StringComparison.Ordinal);
        // A table cut short (a killed build) is not read at all.
        File.WriteAllLines(table, File.ReadAllLines(table)[..^1]);
        Assert.DoesNotContain("front matters", Detail(site.BuildSucceeds(options), "parse"), StringComparison.Ordinal);

        site.BuildSucceeds(site.Options with { OutputDirectory = site.PathOf("clean"), CacheDirectory = site.PathOf("clean-cache") });
        Assert.Equal(FolderSnapshot.Take(site.PathOf("clean")), FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void Rebuild_reads_only_the_text_files_whose_size_or_time_of_last_change_differ()
    {
        using var site = TestSite.Create(Fixture);
        Age(site);
        var files = int.Parse(Detail(site.BuildSucceeds(), "discover").Split(' ')[0]);
        // The files the build reads as text: content, site.yml and taxonomies.yml, the theme's templates and UI strings.
        var texts = Directory.EnumerateFiles(site.PathOf("input"), "*", SearchOption.AllDirectories).Count(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            + Directory.EnumerateFiles(site.PathOf("themes"), "*", SearchOption.AllDirectories).Count(f => f.EndsWith(".hbs", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal));
        Assert.Equal($"{files} files, {texts} unchanged since the previous build", Detail(site.BuildSucceeds(), "discover"));

        // One byte more: the size tells.
        Edit(site.PathOf("input/content/good-practice/c.de.md"), text => text.Replace("Teaser of c.", "Teaser of c!.", StringComparison.Ordinal));
        // The same size and another time: the time tells.
        Edit(site.PathOf("input/content/good-practice/a.de.md"), text => text.Replace("Teaser of a.", "Teaser of A.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(site.PathOf("input/content/good-practice/a.de.md"), DateTime.UtcNow.AddMinutes(-30));
        Assert.Equal($"{files} files, {texts - 2} unchanged since the previous build", Detail(site.BuildSucceeds(), "discover"));
        Assert.Contains("Teaser of c!.", SheetPage(site, "c"), StringComparison.Ordinal);
        Assert.Contains("Teaser of A.", SheetPage(site, "a"), StringComparison.Ordinal);
    }

    [Fact]
    public void File_changed_within_a_tick_of_a_coarse_file_system_clock_after_a_build_is_read_again()
    {
        using var site = TestSite.Create(Fixture);
        var sheet = site.PathOf("input/content/good-practice/b.de.md");
        // Written just before the build, as by an editor who saves and builds at once.
        var written = File.GetLastWriteTimeUtc(sheet);
        site.BuildSucceeds();
        // Changed again within the same tick of a clock that counts in whole seconds (FAT counts in
        // two): the file keeps its size and its time of last change.
        Edit(sheet, text => text.Replace("Teaser of b.", "Teaser of B.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(sheet, written);

        site.BuildSucceeds();

        Assert.Contains("Teaser of B.", SheetPage(site, "b"), StringComparison.Ordinal);
    }

    [Fact]
    public void File_changed_by_hand_in_the_output_is_written_again()
    {
        using var site = TestSite.Create(Fixture);
        site.BuildSucceeds();
        site.BuildSucceeds();
        var expected = site.ReadOutput("de/index.html");
        // output/ becomes the staging folder of the build after next: same size, other bytes.
        File.WriteAllText(site.OutputPath("de/index.html"), new string('x', expected.Length));

        site.BuildSucceeds();
        site.BuildSucceeds();

        Assert.Equal(expected, site.ReadOutput("de/index.html"));
    }

    private static void Apply(string change, TestSite site)
    {
        switch (change)
        {
            case "sheet":
                site.WriteFiles(SiteFiles.Sheet("b", "de", published: "2020-05-05", network: "berlin"));
                break;
            case "sheet text":
                Edit(site.PathOf("input/content/good-practice/b.de.md"), text => text.Replace("Implementation of b.", "Implementation of b, revised.", StringComparison.Ordinal));
                break;
            // Shown only on the sheet's cards, whose part of a list page's render key is hashed once per card.
            case "sheet teaser":
                Edit(site.PathOf("input/content/good-practice/b.de.md"), text => text.Replace("Teaser of b.", "New teaser of b.", StringComparison.Ordinal));
                break;
            case "template":
                Edit(site.PathOf("themes/iq/layouts/good-practice.hbs"), text => text + "\n<p>Stand der Vorlage: neu</p>\n");
                break;
            case "ui string":
                Edit(site.PathOf("themes/iq/i18n/de.yml"), text => text.Replace("nav_home: \"Startseite\"", "nav_home: \"Start\"", StringComparison.Ordinal));
                break;
            case "taxonomy label":
                Edit(site.PathOf("input/taxonomies.yml"), text => text.Replace("\"Digitale Angebote\"", "\"Digitale Werkzeuge\"", StringComparison.Ordinal));
                break;
            case "removed sheet":
                File.Delete(site.PathOf("input/content/good-practice/d.de.md"));
                break;
        }
    }

    // A sheet's teaser is its page's description.
    private static string SheetPage(TestSite site, string key) => site.ReadOutput($"de/gute-praxis/{key}/index.html");

    // Every file of the site an hour old: longer ago than a tick of any file system's clock.
    private static void Age(TestSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    private static void Edit(string path, Func<string, string> change)
    {
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }

    private static (int Written, int Unchanged) WriteCounts(BuildResult result) => (result.Written!.Written, result.Written.Unchanged);
}
