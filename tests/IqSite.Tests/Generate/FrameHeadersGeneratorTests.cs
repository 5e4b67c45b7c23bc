using IqSite.Generate;

namespace IqSite.Tests.Generate;

public sealed class FrameHeadersGeneratorTests
{
    private static string[] Rules(string[] files, string[] embeds) =>
        System.Text.Encoding.UTF8.GetString(FrameHeadersGenerator.Generate(files, embeds.ToHashSet()).Content!)
            .Split('\n')
            .Where(l => l.StartsWith('/'))
            .ToArray();

    [Fact]
    public void Folders_without_embeds_are_one_wildcard_and_the_way_to_an_embed_is_spelled_out()
    {
        var rules = Rules(
            ["index.html", "de/index.html", "de/a/index.html", "de/a/b/index.html", "de/fig/x/index.html", "de/fig/x/embed/index.html", "de/fig/x/x.csv"],
            ["de/fig/x/embed/index.html"]);
        Assert.Equal(["/", "/index.html", "/de/", "/de/index.html", "/de/a/*", "/de/fig/x/", "/de/fig/x/index.html"], rules);
    }

    [Fact]
    public void A_sibling_folder_whose_name_starts_like_an_embed_path_is_not_a_wildcard()
    {
        // Netlify's "/de/fig/*" would also match "/de/figures/…".
        var rules = Rules(["de/fig/index.html", "de/figures/x/index.html", "de/figures/x/embed/index.html"], ["de/figures/x/embed/index.html"]);
        Assert.DoesNotContain("/de/fig/*", rules);
        Assert.Contains("/de/fig/", rules);
        Assert.All(rules, r => Assert.DoesNotContain("embed", r));
    }

    [Fact]
    public void Without_embeds_the_whole_site_is_one_rule_with_both_protections()
    {
        var text = System.Text.Encoding.UTF8.GetString(FrameHeadersGenerator.Generate(["index.html", "de/index.html"], new HashSet<string>()).Content!);
        Assert.Contains("/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n", text);
    }
}
