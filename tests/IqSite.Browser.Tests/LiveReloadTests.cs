using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IqSite.Browser.Tests;

/// <summary>
/// The editors' preview: a saved change shows up in the open page without a manual reload.
/// Each test gets its own copy of the sample site, served by the real `iqsite serve`, and a page
/// that is already listening for rebuilds.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string SheetPath = "input/content/good-practice/kmu-toolbox.de.md";
    private const string SheetUrl = "de/gute-praxis/kmu-toolbox/";

    private ServedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return; // each test skips or fails with the reason
        _site = await ServedSite.StartAsync();
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _page = await _browser.NewPageAsync();
        await _page.GotoAsync(_site.Url(SheetUrl).ToString());
        await _page.WaitForSelectorAsync("html[data-iqsite-live='connected']");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }

    [SkippableFact]
    public async Task Editing_a_sheet_updates_the_open_page_without_a_manual_reload()
    {
        Chromium.RequireOrSkip();
        await _page!.EvaluateAsync("() => { window.__notReloaded = true; }");

        await EditSheetAsync(text => text.Replace("title: \"KMU-Toolbox\"", "title: \"KMU-Toolbox (überarbeitet)\""));

        await _page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'KMU-Toolbox (überarbeitet)'",
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        // The marker set on the old document is gone: the page was reloaded by the server's event.
        Assert.Null(await _page.EvaluateAsync<bool?>("() => window.__notReloaded ?? null"));
    }

    [SkippableFact]
    public async Task A_broken_edit_shows_the_error_with_file_and_line_over_the_open_page()
    {
        Chromium.RequireOrSkip();

        await EditSheetAsync(text => text.Replace("network: ", "netwrok: "));

        var alert = await _page!.WaitForSelectorAsync("#iqsite-errors[role='alert']", new PageWaitForSelectorOptions { Timeout = 20_000 });
        var message = await alert!.TextContentAsync();
        Assert.Contains($"{SheetPath}:", message);
        Assert.Contains("unknown key 'netwrok' (did you mean 'network'?)", message);
    }

    [SkippableFact]
    public async Task A_draft_saved_while_previewing_is_shown_with_a_banner_that_says_it_is_not_published()
    {
        Chromium.RequireOrSkip();

        await EditSheetAsync(text => text.Replace("title: \"KMU-Toolbox\"", "title: \"KMU-Toolbox\"\ndraft: true"));

        var banner = await _page!.WaitForSelectorAsync(".draft-banner", new PageWaitForSelectorOptions { Timeout = 20_000 });
        Assert.True(await banner!.IsVisibleAsync());
        Assert.Contains("nicht veröffentlicht", await banner.TextContentAsync());
        // The banner is the first thing in <main>, so the skip link leads to it as well.
        Assert.True(await _page.EvaluateAsync<bool>("() => document.querySelector('main').firstElementChild.matches('.draft-banner')"));
    }

    private async Task EditSheetAsync(Func<string, string> edit)
    {
        var file = Path.Combine(_site!.Folder, SheetPath);
        await File.WriteAllTextAsync(file, edit(await File.ReadAllTextAsync(file)));
    }
}
