using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Generate;

public sealed class StaticFileTests
{
    [Fact]
    public void Static_files_are_copied_to_the_site_root()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/static/downloads/flyer.txt --
            Flyer
            """));

        site.BuildSucceeds();

        Assert.Equal("Flyer\n", site.ReadOutput("downloads/flyer.txt"));
    }

    [Fact]
    public void Static_file_that_would_overwrite_a_generated_file_is_an_error()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, """
            -- input/static/robots.txt --
            User-agent: *
            Disallow: /
            """));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["input/static/robots.txt:1:1: error: two files would be written to output/robots.txt; rename the static file"],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
