using System.Net;
using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IqSite.Browser.Tests;

/// <summary>
/// Partners paste a figure's iframe snippet into their own pages. Only the embed pages may be
/// framed by another site; every other page refuses (clickjacking). The preview sends the headers
/// Netlify sends, read from netlify.toml and the build's _headers by Netlify's own parser.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class EmbedTests(SampleSiteInBrowser served, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task The_copied_snippet_shows_the_chart_on_another_site_and_other_pages_refuse_to_be_framed()
    {
        Chromium.RequireOrSkip();
        var figure = served.Pages.Get(TemplatePages.Figure, "de");
        await using var context = await served.NewContextAsync(width: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(figure.Path));
        var snippet = await page.Locator("pre.snippet code").TextContentAsync() ?? "";
        Assert.StartsWith("<iframe src=\"https://", snippet);
        // The snippet names the live site; here the preview stands in for it.
        var live = new Uri(snippet.Split('"')[1]);
        var previewed = snippet.Replace($"{live.Scheme}://{live.Authority}/", served.Site.Address.ToString());
        var framedPage = served.Url(figure.Path);
        using var partner = PartnerSite.Start(
            $"<!DOCTYPE html><html lang=\"en\"><title>Partner</title><body>{previewed}<iframe id=\"whole\" src=\"{framedPage}\" title=\"whole page\"></iframe></body></html>");
        await page.GotoAsync(partner.Address.ToString(), new() { WaitUntil = WaitUntilState.Load });

        var embed = page.FrameLocator("iframe[src*='/embed/']");
        var chart = embed.Locator("svg[role='img']");
        await chart.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(live.AbsolutePath, figure.Path + "embed/");
        Assert.Equal("_blank", await embed.Locator("a[href$='" + figure.Path + "']").GetAttributeAsync("target"));

        // The snippet's height holds the whole embed page: no scrollbar inside the partner's page.
        var heights = await embed.Locator("html").EvaluateAsync<int[]>("e => [e.scrollHeight, e.clientHeight]");
        var (scrollHeight, clientHeight) = (heights[0], heights[1]);
        output.WriteLine($"embed: content {scrollHeight}px in an iframe of {clientHeight}px");
        Assert.True(scrollHeight <= clientHeight, $"the embed needs {scrollHeight}px but the snippet gives {clientHeight}px");

        var whole = await (await page.QuerySelectorAsync("#whole"))!.ContentFrameAsync();
        Assert.NotNull(whole);
        // Chromium shows its own error page in place of a page that forbids framing.
        Assert.StartsWith("chrome-error:", whole.Url);
        Assert.Equal(0, await whole.Locator("main").CountAsync());
    }

    [SkippableFact]
    public async Task Every_page_but_the_embeds_forbids_framing_and_every_page_gets_the_sites_policy()
    {
        Chromium.RequireOrSkip();
        var folder = served.Site.OutputFolder ?? throw new InvalidOperationException("the preview did not report its output folder:\n" + served.Site.Log);
        using var http = new HttpClient { BaseAddress = served.Site.Address };
        var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        var problems = new List<string>();
        var embeds = 0;
        foreach (var path in pages)
        {
            using var response = await http.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK) problems.Add($"{path}: HTTP {(int)response.StatusCode}");
            var csp = string.Join(", ", response.Headers.TryGetValues("Content-Security-Policy", out var v) ? v : []);
            var frameOptions = response.Headers.TryGetValues("X-Frame-Options", out var x) ? string.Join(", ", x) : null;
            if (!csp.Contains("default-src 'self'", StringComparison.Ordinal)) problems.Add($"{path}: no site-wide policy in '{csp}'");
            var isEmbed = path.EndsWith("/embed/", StringComparison.Ordinal);
            if (isEmbed)
            {
                embeds++;
                if (csp.Contains("frame-ancestors", StringComparison.Ordinal) || frameOptions is not null)
                    problems.Add($"{path}: an embed page must be frameable, but gets '{csp}' / X-Frame-Options {frameOptions}");
            }
            else if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || frameOptions != "DENY")
            {
                problems.Add($"{path}: may be framed by other sites ('{csp}' / X-Frame-Options {frameOptions})");
            }
        }
        output.WriteLine($"headers: {pages.Count} pages checked, {embeds} embed pages frameable, {problems.Count} problems");
        Assert.True(embeds > 0, "no embed pages in the output");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
