using IqSite.Tests.Fixtures;
using IqSite.Write;

namespace IqSite.Tests.Write;

/// <summary>output/ is replaced as a whole by a successful build and never touched by a failing one.</summary>
public sealed class AtomicWriteTests
{
    [Fact]
    public void Build_writes_the_marker_file_into_the_output_folder()
    {
        using var site = TestSite.Create(SiteFiles.Base);

        site.BuildSucceeds();

        Assert.True(site.OutputExists(WriteStage.MarkerFile));
        Assert.True(site.OutputExists("de/index.html"));
    }

    [Fact]
    public void Failing_build_leaves_the_existing_output_byte_identical()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de")));
        site.BuildSucceeds();
        var before = FolderSnapshot.Take(site.Output);
        site.WriteFiles(SiteFiles.Sheet("a", "de", network: "nirgendwo"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Equal(["output"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName));
    }

    [Fact]
    public void Successful_rebuild_replaces_the_output_as_a_whole()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", "de"), SiteFiles.Sheet("b", "de")));
        site.BuildSucceeds();
        Assert.True(site.OutputExists("de/gute-praxis/b/index.html"));
        File.Delete(site.PathOf("input/content/good-practice/b.de.md"));

        site.BuildSucceeds();

        Assert.False(site.OutputExists("de/gute-praxis/b/index.html"));
        Assert.True(site.OutputExists("de/gute-praxis/a/index.html"));
        // The previous site is kept beside it, as the next build's staging folder.
        Assert.Equal(["output", "output.staging"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(site.PathOf("output.staging/de/gute-praxis/b/index.html")));
    }

    [Fact]
    public void Non_empty_folder_without_the_marker_is_never_replaced()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile("output/thesis.docx", "years of work");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("refusing to replace", error.Message);
        Assert.Contains($"no {WriteStage.MarkerFile} file in it", error.Message);
        Assert.Equal(["thesis.docx"], Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName));
        Assert.Equal("years of work", File.ReadAllText(site.OutputPath("thesis.docx")));
    }

    [Fact]
    public void Empty_folder_without_the_marker_may_be_replaced()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        Directory.CreateDirectory(site.Output);

        site.BuildSucceeds();

        Assert.True(site.OutputExists("de/index.html"));
    }

    [Fact]
    public void Staging_folder_of_a_killed_build_is_rebuilt_from_nothing()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        // A killed build leaves the marker but no manifest: nothing in it can be trusted.
        site.WriteFile($"output.staging/{WriteStage.MarkerFile}", "");
        site.WriteFile("output.staging/de/index.html", "half written");
        site.WriteFile("output.staging/de/stray.html", "from an older site");
        site.WriteFile("output-notes/keep.txt", "not ours");

        site.BuildSucceeds();
        site.BuildSucceeds();

        Assert.DoesNotContain("half written", File.ReadAllText(site.OutputPath("de/index.html")));
        Assert.False(site.OutputExists("de/stray.html"));
        Assert.True(File.Exists(site.PathOf("output-notes/keep.txt")));
    }

    [Fact]
    public void Folders_the_new_site_has_nothing_of_are_deleted_and_nothing_is_left_beside_the_output()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.BuildSucceeds();
        site.BuildSucceeds();
        // The staging folder (the site before the last) with a search index and a language the site no longer has.
        site.WriteFile("output.staging/pagefind/fragment/de_0a1b2c3.pf_fragment", "fragment");
        site.WriteFile("output.staging/pagefind/pagefind-entry.json", "{}");
        site.WriteFile("output.staging/fr/ancien/index.html", "<p>ancien</p>");

        var result = site.BuildSucceeds();

        Assert.True(result.Written!.Deleting.IsCompletedSuccessfully);
        Assert.False(Directory.Exists(site.OutputPath("pagefind")));
        Assert.False(Directory.Exists(site.OutputPath("fr")));
        Assert.True(site.OutputExists("de/index.html"));
        Assert.Equal(["output", "output.staging"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Folders_an_ended_build_set_aside_are_deleted_by_the_next()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile("output.staging.deleting-0123abcd/0/fragment/de_0a1b2c3.pf_fragment", "fragment");

        site.BuildSucceeds();

        Assert.Equal(["output"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_folder_set_aside_leaves_its_place_at_once_and_is_deleted_after()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile("output.staging/pagefind/index/de_0a1b2c3.pf_index", "index");
        site.WriteFile("output.staging/pagefind/fragment/de_0a1b2c3.pf_fragment", "fragment");
        var staging = site.PathOf("output.staging");

        var deleting = SetAside.Delete(staging, [Path.Combine(staging, "pagefind")]);

        Assert.False(Directory.Exists(Path.Combine(staging, "pagefind")));
        await deleting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["output.staging"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName));
    }

    [Fact]
    public void Foreign_folder_where_the_staging_folder_goes_is_never_touched()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile("output.staging/thesis.docx", "years of work");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("refusing to replace", StringComparison.Ordinal) && d.Location.File.EndsWith("output.staging", StringComparison.Ordinal));
        Assert.Equal("years of work", File.ReadAllText(site.PathOf("output.staging/thesis.docx")));
    }

    [Fact]
    public void Build_into_a_nested_new_folder_creates_it()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        var nested = site.PathOf("deploy/preview/site");

        site.BuildSucceeds(site.Options with { OutputDirectory = nested });

        Assert.True(File.Exists(Path.Combine(nested, "de", "index.html")));
    }

    [Fact]
    public void Failure_while_writing_leaves_the_output_unchanged_and_is_reported_as_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.BuildSucceeds();
        var before = FolderSnapshot.Take(site.Output);
        // A dangling symlink in static/ is found by Discover but cannot be copied by Write.
        Directory.CreateDirectory(site.PathOf("input/static"));
        File.CreateSymbolicLink(site.PathOf("input/static/moved.pdf"), site.PathOf("nowhere/moved.pdf"));

        BuildResult? result = null;
        var thrown = Record.Exception(() => result = site.Build());

        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.True(thrown is null, $"Build() threw instead of reporting a diagnostic: {thrown}");
        Assert.False(result!.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Location.File.Contains("moved.pdf", StringComparison.Ordinal));
        // The staging folder's manifest lists only what is really there, so the next build can go on from it.
        var kept = OutputManifest.Load(site.PathOf("output.staging"));
        Assert.NotNull(kept);
        Assert.DoesNotContain("moved.pdf", kept.Entries.Keys);
        File.Delete(site.PathOf("input/static/moved.pdf"));
        site.BuildSucceeds();
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }
}
