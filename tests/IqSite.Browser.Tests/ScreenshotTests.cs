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
    [InlineData(TemplatePages.Home, "desktop", 1280, 800)]
    [InlineData(TemplatePages.Home, "mobile", 390, 844)]
    [InlineData(TemplatePages.Sheet, "desktop", 1280, 800)]
    [InlineData(TemplatePages.Sheet, "mobile", 390, 844)]
    public async Task Home_and_sheet_pages_are_captured_as_full_page_PNGs_without_sideways_scrolling(string template, string device, int width, int height)
    {
        Chromium.RequireOrSkip();
        var target = served.Pages.Get(template, "de");
        await using var context = await served.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(target.Path));

        var file = Path.Combine(RepositoryPaths.ArtifactsFolder, $"{template}-de-{device}.png");
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
}
