using Microsoft.Playwright;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// The sample site served by the real `iqsite serve` and one Chromium, started once and shared by
/// every test class that only reads the site (see <see cref="SampleSiteCollection"/>): starting
/// the server builds all pages, so once per run keeps the suite fast. Each test takes its own
/// browser context, so cookies, focus and viewport never leak from one test to the next.
/// </summary>
public sealed class SampleSiteInBrowser : IAsyncLifetime
{
    private ServedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private TemplatePages? _pages;

    public ServedSite Site => _site ?? throw NotStarted();

    /// <summary>One page of every template in every language, found by following the site's own links.</summary>
    public TemplatePages Pages => _pages ?? throw NotStarted();

    public string Url(string path) => Site.Url(path).ToString();

    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true)
    {
        var browser = _browser ?? throw NotStarted();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // Real phones report 3; 1 keeps screenshots exactly as wide as the viewport.
            DeviceScaleFactor = 1,
            JavaScriptEnabled = javaScript,
        });
    }

    public async Task InitializeAsync()
    {
        // Without Chromium every test skips (or fails in CI) on its first line; nothing to start.
        if (!Chromium.IsInstalled) return;
        _site = await ServedSite.StartAsync();
        (_playwright, _browser) = await Chromium.LaunchAsync();
        await using var context = await NewContextAsync();
        _pages = await TemplatePages.DiscoverAsync(await context.NewPageAsync(), _site);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }

    private static InvalidOperationException NotStarted() =>
        new("The served sample site did not start; call Chromium.RequireOrSkip() first in every test.");
}
