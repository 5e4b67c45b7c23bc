using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IqSite.Browser.Tests;

/// <summary>The editors' preview: a saved change shows up in the open page without a manual reload.</summary>
public sealed class LiveReloadTests
{
    private const string SheetPath = "input/content/good-practice/kmu-toolbox.de.md";
    private const string SheetUrl = "de/gute-praxis/kmu-toolbox/";

    [SkippableFact]
    public async Task Editing_a_sheet_updates_the_open_page_without_a_manual_reload()
    {
        Chromium.RequireOrSkip();
        await using var site = await ServedSite.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url(SheetUrl).ToString());
        await page.WaitForSelectorAsync("html[data-iqsite-live='connected']");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        var file = Path.Combine(site.Folder, SheetPath);
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text.Replace("title: \"KMU-Toolbox\"", "title: \"KMU-Toolbox (überarbeitet)\""));

        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'KMU-Toolbox (überarbeitet)'",
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        // The marker set on the old document is gone: the page was reloaded by the server's event.
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__notReloaded ?? null"));
    }

    [SkippableFact]
    public async Task A_broken_edit_shows_the_error_with_file_and_line_over_the_open_page()
    {
        Chromium.RequireOrSkip();
        await using var site = await ServedSite.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url(SheetUrl).ToString());
        await page.WaitForSelectorAsync("html[data-iqsite-live='connected']");

        var file = Path.Combine(site.Folder, SheetPath);
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text.Replace("network: ", "netwrok: "));

        var alert = await page.WaitForSelectorAsync("#iqsite-errors[role='alert']", new PageWaitForSelectorOptions { Timeout = 20_000 });
        var message = await alert!.TextContentAsync();
        Assert.Contains($"{SheetPath}:", message);
        Assert.Contains("unknown key 'netwrok' (did you mean 'network'?)", message);
    }
}
