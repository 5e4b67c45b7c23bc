using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IqSite.Browser.Tests;

/// <summary>Readers who use only a keyboard can skip the header and switch the language (WCAG 2.4.1, 2.1.1, 2.4.7).</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class KeyboardTests(SampleSiteInBrowser served)
{
    [SkippableFact]
    public async Task The_first_Tab_shows_the_skip_link_and_Enter_moves_focus_to_the_main_content_on_every_template()
    {
        Chromium.RequireOrSkip();
        await using var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();
        // The root language chooser and the embed page (a chart inside someone else's page) have no header to skip.
        foreach (var templatePage in served.Pages.Where(p => p.Template is not (TemplatePages.Chooser or TemplatePages.FigureEmbed)))
        {
            await page.GotoAsync(served.Url(templatePage.Path));
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.skip-link')"),
                $"{templatePage}: the first Tab focuses {await ActiveElementAsync(page)}, not the skip link");
            var box = await page.Locator("a.skip-link").BoundingBoxAsync();
            var viewport = page.ViewportSize!;
            Assert.True(box is not null && box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height,
                $"{templatePage}: the focused skip link is not inside the viewport: {Describe(box)}");

            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main'", null, new() { Timeout = 5_000 });
        }
    }

    [SkippableFact]
    public async Task The_language_switcher_is_the_third_Tab_stop_and_Enter_opens_the_translation_of_the_sheet()
    {
        Chromium.RequireOrSkip();
        var sheet = served.Pages.Get(TemplatePages.Sheet, "de");
        await using var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(sheet.Path));

        // Skip link, site title, then the switcher: the current language is text, not a link, so "English" comes first.
        const int expectedTabs = 3;
        var tabs = 0;
        while (tabs < 10 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('.language-switcher a[hreflang=\"en\"]')"))
        {
            await page.Keyboard.PressAsync("Tab");
            tabs++;
        }
        Assert.Equal(expectedTabs, tabs);
        Assert.Equal("English", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());

        // The wait starts before the key goes down: a fast navigation could otherwise finish unseen.
        var navigated = page.WaitForURLAsync(served.Url("/en/good-practice/") + "**", new() { Timeout = 10_000 });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        // The translation, not the English list: it names the German sheet as its German alternate.
        var german = await page.EvaluateAsync<string?>("() => document.querySelector('link[rel=alternate][hreflang=de]')?.href ?? null");
        Assert.NotNull(german);
        Assert.Equal(sheet.Path, new Uri(german).AbsolutePath);
    }

    private static Task<string> ActiveElementAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 120) : 'nothing'; }");

    private static string Describe(LocatorBoundingBoxResult? box) =>
        box is null ? "not rendered" : $"x={box.X}, y={box.Y}, {box.Width}×{box.Height}";
}
