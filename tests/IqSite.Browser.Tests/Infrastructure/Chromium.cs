using Microsoft.Playwright;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. Outside CI a missing Chromium skips the browser tests
/// with a reason; in CI (CI=true) it fails them, so the gates can never silently not run.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static void RequireOrSkip()
    {
        if (File.Exists(ExecutablePath)) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}; CI must install it (apt-get install -y chromium).");
        Skip.If(true, $"Chromium not found at {ExecutablePath}; install it with 'apt-get install -y chromium' to run the browser tests.");
    }

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
