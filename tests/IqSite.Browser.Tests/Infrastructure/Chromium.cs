using Microsoft.Playwright;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright; skipped outside CI when it is not installed.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static void RequireOrSkip() =>
        Prerequisite.RequireOrSkip(IsInstalled, $"Chromium is missing at {ExecutablePath}", "apt-get install -y chromium");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        RequireOrSkip();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox as root in CI; no background networking: this machine has no internet.
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
