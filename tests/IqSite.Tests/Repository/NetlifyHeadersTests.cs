using IqSite.Cli.Serve;
using IqSite.Tests.Figures;
using IqSite.Tests.Fixtures;
using Tomlyn;
using Tomlyn.Model;

namespace IqSite.Tests.Repository;

/// <summary>
/// The security headers the live site sends: netlify.toml (read with a TOML parser) holds the
/// site-wide policy, the build's _headers the framing rules; what a page finally gets is read with
/// Netlify's own parser, the one the preview server uses.
/// </summary>
public sealed class NetlifyHeadersTests
{
    private static readonly string NetlifyToml = Path.Combine(RepoRoot.Path, "netlify.toml");

    private static IReadOnlyList<(string For, TomlTable Values)> Rules()
    {
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(NetlifyToml))!;
        return [.. ((TomlTableArray)model["headers"]).Select(rule => ((string)rule["for"], (TomlTable)rule["values"]))];
    }

    private static string SiteWide(string header)
    {
        var values = Assert.Single(Rules(), r => r.For == "/*").Values;
        Assert.True(values.TryGetValue(header, out var value), $"netlify.toml sends no {header} for /*");
        return (string)value;
    }

    /// <summary>Directive name → its sources, e.g. "script-src" → ["'self'"].</summary>
    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);

    [Fact]
    public void Content_security_policy_names_no_other_origin_and_allows_no_inline_or_eval_script()
    {
        var directives = Directives(SiteWide("Content-Security-Policy"));

        // Keywords are quoted; 'data:' lets images and fonts be inlined, which loads nothing from elsewhere.
        foreach (var (name, sources) in directives)
            Assert.All(sources, s => Assert.True(s.StartsWith('\'') || s == "data:" && name is "img-src" or "font-src",
                $"{name} allows '{s}', which is neither a keyword nor data: for images and fonts"));
        var scripts = directives.GetValueOrDefault("script-src") ?? directives["default-src"];
        Assert.DoesNotContain("'unsafe-inline'", scripts);
        Assert.DoesNotContain("'unsafe-eval'", scripts);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
    }

    [Fact]
    public void Site_wide_rule_sends_hsts_nosniff_referrer_and_permissions_policies()
    {
        var maxAge = SiteWide("Strict-Transport-Security").Split(';', StringSplitOptions.TrimEntries)
            .Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..]) >= 31_536_000, $"HSTS {maxAge} is shorter than a year");
        Assert.Equal("nosniff", SiteWide("X-Content-Type-Options"));
        Assert.Contains(SiteWide("Referrer-Policy"), new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
        var features = SiteWide("Permissions-Policy").Split(',', StringSplitOptions.TrimEntries);
        foreach (var feature in new[] { "camera", "microphone", "geolocation" })
            Assert.Contains($"{feature}=()", features);
    }

    [Fact]
    public void Netlify_toml_says_nothing_about_framing_so_the_embed_pages_can_allow_it()
    {
        // Netlify joins the values of every matching rule: a frame-ancestors here would reach the embeds too.
        foreach (var (path, values) in Rules())
        {
            Assert.False(values.ContainsKey("X-Frame-Options"), $"netlify.toml sets X-Frame-Options for {path}");
            Assert.All(values, v => Assert.DoesNotContain("frame-ancestors", (string)v.Value!));
        }
    }

    [Fact]
    public void Every_page_except_the_figure_embeds_refuses_to_be_framed_and_all_get_the_site_policy()
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, $"-- input/figures/top-5.json --\n{FigureParserTests.Valid}"));
        site.BuildSucceeds();
        var (headers, problem) = NetlifyHeaders.Load(site.Output, NetlifyToml, RepoRoot.Path);
        Assert.Null(problem);
        var sitePolicy = SiteWide("Content-Security-Policy");

        var framable = new List<string>();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            // A folder's index.html is also served at the folder's URL.
            .SelectMany(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? new[] { p, p[..^"index.html".Length] } : [p]);
        foreach (var page in pages)
        {
            var sent = headers.For(page).ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
            Assert.Contains(sitePolicy, sent["Content-Security-Policy"]);
            var frameAncestors = Directives(sent["Content-Security-Policy"].Replace(", ", "; ")).GetValueOrDefault("frame-ancestors");
            if (frameAncestors is null && !sent.ContainsKey("X-Frame-Options"))
            {
                framable.Add(page);
                continue;
            }
            Assert.Equal(["'none'"], frameAncestors ?? []);
            Assert.Equal("DENY", sent["X-Frame-Options"]);
        }

        Assert.Equal(
            ["/de/zahlen/top-5/embed/", "/de/zahlen/top-5/embed/index.html", "/en/figures/top-5/embed/", "/en/figures/top-5/embed/index.html"],
            framable.Order(StringComparer.Ordinal));
    }
}
