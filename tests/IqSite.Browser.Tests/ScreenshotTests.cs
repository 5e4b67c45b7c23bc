using System.Buffers.Binary;
using IqSite.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IqSite.Browser.Tests;

/// <summary>
/// Full-page screenshots of the home page and a sheet at desktop and phone width, kept in
/// artifacts/browser/ so a person can review the layout of every change; the test checks what
/// a machine can: the files are real PNGs of the right width, and nothing scrolls sideways
/// (WCAG 1.4.10 Reflow: 320 CSS px must not need horizontal scrolling; 390 is a common phone).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ScreenshotTests(SampleSiteInBrowser served, ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [SkippableTheory]
    [InlineData(TemplatePages.Home, "de", "desktop", 1280, 800)]
    [InlineData(TemplatePages.Home, "de", "mobile", 390, 844)]
    [InlineData(TemplatePages.Sheet, "de", "desktop", 1280, 800)]
    [InlineData(TemplatePages.Sheet, "de", "mobile", 390, 844)]
    // Arabic: the home page of its own, and a sheet shown from English as a fallback.
    [InlineData(TemplatePages.Home, "ar", "desktop", 1280, 800)]
    [InlineData(TemplatePages.Home, "ar", "mobile", 390, 844)]
    [InlineData(TemplatePages.Sheet, "ar", "desktop", 1280, 800)]
    [InlineData(TemplatePages.Sheet, "ar", "mobile", 390, 844)]
    public async Task Home_and_sheet_pages_are_captured_as_full_page_PNGs_without_sideways_scrolling(string template, string language, string device, int width, int height)
    {
        Chromium.RequireOrSkip();
        var target = served.Pages.Get(template, language);
        await using var context = await served.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(target.Path));

        var file = Path.Combine(RepositoryPaths.ArtifactsFolder, $"{template}-{language}-{device}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");

        var bytes = await File.ReadAllBytesAsync(file);
        Assert.True(bytes.Length > 24 && bytes.AsSpan(0, 8).SequenceEqual(PngSignature), $"{file} is not a PNG");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            // Name the culprits: the innermost elements that reach past the viewport's edge.
            var wide = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5))
                .slice(0, 5).map(e => `<${e.localName} class='${e.className}'> ends at ${Math.round(e.getBoundingClientRect().right)}px: ${e.textContent.trim().slice(0, 60)}`)");
            Assert.Fail($"{target} at {width}px scrolls sideways by {overflow}px:\n{string.Join('\n', wide)}");
        }
        // The IHDR chunk's width, big-endian at byte 16: a full-page capture is exactly as wide as the viewport.
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
    }

    [SkippableFact]
    public async Task Arabic_pages_run_right_to_left_while_an_english_fallback_text_inside_runs_left_to_right()
    {
        Chromium.RequireOrSkip();
        await using var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Home, "ar").Path));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        // The site title starts at the right edge, the language switcher sits to its left.
        var title = await page.Locator(".site-title").BoundingBoxAsync();
        var switcher = await page.Locator(".language-switcher").BoundingBoxAsync();
        Assert.True(title!.X > 640, $"the site title starts at {title.X}px, not in the right half");
        Assert.True(switcher!.X < title.X, "the language switcher is not left of the site title");
        Assert.StartsWith("Noto Sans Arabic", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).fontFamily.replaceAll('\"', '')"));

        await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Sheet, "ar").Path));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.fallback-notice')).direction"));
        Assert.Equal("ltr", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main > div[lang]')).direction"));
        var heading = await page.Locator("main > div[lang] h1").BoundingBoxAsync();
        Assert.True(heading!.X < 640, "the English heading does not start at the left");
    }
}
