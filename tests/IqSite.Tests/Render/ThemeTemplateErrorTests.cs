using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Render;

/// <summary>The templates are compiled while Assemble runs: the errors of both come out of one build.</summary>
public sealed class ThemeTemplateErrorTests
{
    [Fact]
    public void A_broken_template_and_a_site_error_are_reported_together_and_nothing_is_written()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("erste", "de", slug: "gleich"),
            SiteFiles.Sheet("zweite", "de", slug: "gleich"),
            """
            -- themes/iq/layouts/good-practice.hbs --
            <article>{{#each sections}}</article>
            """));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("themes/iq/layouts/good-practice.hbs:1:1: error: template error:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("duplicate URL /de/gute-praxis/gleich/", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
        Assert.Contains(result.Timings, t => t.Stage == "templates" && t.During == "assemble" && t.Detail == "failed");
    }

    [Fact]
    public void A_broken_template_alone_fails_the_build_after_Assemble()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("erste", "de"),
            """
            -- themes/iq/layouts/good-practice.hbs --
            <article>{{#each sections}}</article>
            """));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.StartsWith("themes/iq/layouts/good-practice.hbs:1:1: error: template error:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(result.Timings, t => t.Stage == "assemble" && t.During is null);
        Assert.DoesNotContain(result.Timings, t => t.Stage == "render");
    }

    [Fact]
    public void A_page_whose_base_layout_failed_leaves_nothing_behind_for_the_pages_of_the_next_build()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("erste", "de"), SiteFiles.Sheet("zweite", "de")));
        var baseof = site.PathOf("themes/iq/layouts/baseof.hbs");
        var text = File.ReadAllText(baseof);
        // Fails near the end of every page, once most of the page is written.
        File.WriteAllText(baseof, text.Replace("</body>", "{{NoSuchValue}}</body>", StringComparison.Ordinal));
        // As serve does: the next build runs in the same process, on the same threads.
        var preview = site.Options with { Memory = new BuildMemory() };
        var failed = site.Build(preview);
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.ToString().EndsWith("rendering /de/gute-praxis/erste/ failed: NoSuchValue is undefined", StringComparison.Ordinal));

        File.WriteAllText(baseof, text);
        site.BuildSucceeds(preview);

        site.BuildSucceeds(site.Options with { OutputDirectory = site.PathOf("clean"), CacheDirectory = site.PathOf("clean-cache") });
        Assert.Equal(FolderSnapshot.Take(site.PathOf("clean")), FolderSnapshot.Take(site.Output));
    }
}
