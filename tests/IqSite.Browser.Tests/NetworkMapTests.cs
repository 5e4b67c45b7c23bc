using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IqSite.Browser.Tests;

/// <summary>The map of the state networks works with a keyboard and has the text list as its equivalent (WCAG 2.1.1, 2.4.7, 1.1.1).</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class NetworkMapTests(SampleSiteInBrowser served)
{
    [SkippableFact]
    public async Task Every_state_on_the_map_is_a_keyboard_link_with_visible_focus_and_the_list_offers_the_same_links()
    {
        Chromium.RequireOrSkip();
        foreach (var language in served.Pages.Languages)
        {
            await using var context = await served.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Networks, language).Path));

            var map = await page.EvalOnSelectorAllAsync<string[][]>(".network-map svg a",
                "links => links.map(a => [a.getAttribute('href'), a.getAttribute('aria-label')])");
            var list = await page.EvalOnSelectorAllAsync<string[][]>(".network-list a",
                "links => links.map(a => [a.getAttribute('href'), a.textContent.trim()])");
            Assert.Equal(16, map.Length);
            Assert.Equal(list.Select(l => l[0]).Order(), map.Select(m => m[0]).Order());
            Assert.All(map, m => Assert.Contains(list, l => l[0] == m[0] && l[1] == m[1]));

            // Tab through the map: each state takes focus in turn and shows it.
            await page.FocusAsync(".network-map svg a");
            var seen = new HashSet<string>();
            for (var i = 0; i < 16; i++)
            {
                var focused = await page.EvaluateAsync<string[]>(@"() => {
                    const a = document.activeElement;
                    const path = a.querySelector('path');
                    return [a.closest('.network-map') ? a.getAttribute('href') : '', getComputedStyle(path ?? a).strokeWidth];
                }");
                Assert.NotEqual("", focused[0]);
                Assert.Equal("4px", focused[1]);
                seen.Add(focused[0]);
                await page.Keyboard.PressAsync("Tab");
            }
            Assert.Equal(16, seen.Count);

            await page.FocusAsync($".network-map svg a[href='{map[0][0]}']");
            // Waiting starts before the key is pressed and ends with the document, not with every
            // resource of it: the test is about where Enter leads (it timed out once under load).
            var navigated = page.WaitForURLAsync(served.Url(map[0][0]), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.Keyboard.PressAsync("Enter");
            await navigated;
            Assert.Equal(map[0][1], await page.Locator("main h1").TextContentAsync());
        }
    }
}
