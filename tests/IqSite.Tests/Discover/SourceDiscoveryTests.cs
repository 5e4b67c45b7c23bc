using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Discover;

public sealed class SourceDiscoveryTests
{
    [Fact]
    public void Content_files_are_found_in_ordinal_path_order()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("zeta", "de"),
            SiteFiles.Sheet("alpha", "de"),
            SiteFiles.Sheet("Beta", "de")));

        var paths = Discover(site).Where(s => s.Kind == SourceKind.Content).Select(s => s.Path);

        // Ordinal, not culture order: '_' < 'g' < 'p', and 'B' < 'a'.
        Assert.Equal(
            [
                "_index.de.md",
                "_index.en.md",
                "good-practice/Beta.de.md",
                "good-practice/alpha.de.md",
                "good-practice/zeta.de.md",
                "pages/about.de.md",
                "pages/about.en.md",
            ],
            paths);
    }

    [Fact]
    public void Files_are_listed_config_first_then_content_static_and_theme()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/static/files/flyer.pdf --
            not really a PDF
            -- input/static/favicon.ico --
            icon
            """));

        var sources = Discover(site);
        var kinds = sources.Select(s => s.Kind).Distinct();

        Assert.Equal(
            [SourceKind.SiteConfig, SourceKind.Taxonomies, SourceKind.Content, SourceKind.Static, SourceKind.Layout, SourceKind.Partial, SourceKind.Translations, SourceKind.Asset],
            kinds);
        Assert.Equal(["favicon.ico", "files/flyer.pdf"], sources.Where(s => s.Kind == SourceKind.Static).Select(s => s.Path));
        Assert.Equal(Directory.GetFiles(Path.Combine(RepoRoot.Theme, "i18n"), "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            sources.Where(s => s.Kind == SourceKind.Translations).Select(s => s.Path));
        Assert.Contains(sources, s => s.Kind == SourceKind.Layout && s.Path == "baseof.hbs");
        Assert.Contains(sources, s => s.Kind == SourceKind.Asset && s.Path == "css/site.css");
        foreach (var kind in sources.Select(s => s.Kind).Distinct())
        {
            var ofKind = sources.Where(s => s.Kind == kind).Select(s => s.Path).ToList();
            Assert.Equal(ofKind.Order(StringComparer.Ordinal), ofKind);
        }
    }

    [Fact]
    public void Content_text_is_loaded_and_static_files_are_copied_by_path()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/static/robots-extra.txt --
            copy me
            """));

        var sources = Discover(site);

        var home = Assert.Single(sources, s => s.Path == "_index.de.md");
        Assert.StartsWith("---\ntitle: \"Willkommen\"", home.Text);
        Assert.Equal("input/content/_index.de.md", home.DisplayPath);
        var copied = Assert.Single(sources, s => s.Kind == SourceKind.Static);
        Assert.Null(copied.Text);
        Assert.Equal(site.PathOf("input/static/robots-extra.txt"), copied.FullPath);
    }

    [Fact]
    public void Dotfiles_dot_folders_and_tilde_backups_are_skipped()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("kept", "de"), """
            -- input/content/good-practice/.hidden.de.md --
            ---
            title: "editor swap file"
            ---
            -- input/content/.drafts/secret.de.md --
            ---
            title: "in a dot folder"
            ---
            -- input/static/.DS_Store --
            finder
            -- input/static/style.css~ --
            backup
            -- input/static/style.css --
            body {}
            -- themes/iq/partials/card.hbs~ --
            {{old}}
            """));

        var paths = Discover(site).Select(s => s.Path).ToList();

        Assert.Contains("good-practice/kept.de.md", paths);
        Assert.Contains("style.css", paths);
        Assert.DoesNotContain(paths, p => p.Contains(".hidden", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains("secret", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains(".DS_Store", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.EndsWith('~'));
    }

    [Fact]
    public void Crlf_line_endings_are_normalised_so_line_numbers_match_the_editor()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        site.WriteFile("input/content/pages/crlf.de.md", "---\r\ntitle: \"CRLF\"\r\n---\r\nText\r\n");

        var source = Assert.Single(Discover(site), s => s.Path == "pages/crlf.de.md");

        Assert.Equal("---\ntitle: \"CRLF\"\n---\nText\n", source.Text);
    }

    [Fact]
    public void Missing_site_yml_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        File.Delete(site.PathOf("input/site.yml"));
        var diagnostics = new DiagnosticBag();

        var sources = SourceDiscovery.Run(site.Options, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("input/site.yml:1:1: error: required file 'site.yml' is missing", error.ToString());
        Assert.DoesNotContain(sources, s => s.Kind == SourceKind.SiteConfig);
    }

    [Fact]
    public void Missing_site_yml_fails_the_build_with_only_that_error()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        File.Delete(site.PathOf("input/site.yml"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(["input/site.yml:1:1: error: required file 'site.yml' is missing"], result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Missing_input_folder_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Base);
        var diagnostics = new DiagnosticBag();

        SourceDiscovery.Run(site.Options with { InputDirectory = site.PathOf("no-such-folder") }, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("no-such-folder:1:1: error: input folder not found", error.ToString());
    }

    private static IReadOnlyList<SourceFile> Discover(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceDiscovery.Run(site.Options, diagnostics);
        Assert.False(diagnostics.HasErrors, TestSite.Lines(diagnostics.Sorted()));
        return sources;
    }
}
