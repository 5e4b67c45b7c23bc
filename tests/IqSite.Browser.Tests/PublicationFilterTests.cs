using IqSite.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IqSite.Browser.Tests;

/// <summary>The brochure library's filters: shown only with JavaScript, operated by keyboard, result count announced.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class PublicationFilterTests(SampleSiteInBrowser served)
{
    [SkippableFact]
    public async Task Choosing_a_type_language_or_year_narrows_the_list_to_exactly_the_matching_publications_and_says_how_many()
    {
        Chromium.RequireOrSkip();
        foreach (var language in served.Pages.Languages)
        {
            await using var context = await served.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Publications, language).Path));
            var all = await page.Locator(".publication-card").CountAsync();
            Assert.True(await page.Locator("#publication-filters").IsVisibleAsync(), "the filters appear when JavaScript runs");

            foreach (var (select, attribute) in new[] { ("#filter-type", "data-type"), ("#filter-language", "data-languages"), ("#filter-year", "data-year") })
            {
                var options = await page.EvalOnSelectorAllAsync<string[]>($"{select} option:not([value=''])", "o => o.map(x => x.value)");
                Assert.NotEmpty(options);
                var value = options[0];
                await page.SelectOptionAsync(select, value);
                var expected = await page.EvalOnSelectorAllAsync<int>(".publication-card",
                    $"cards => cards.filter(c => c.getAttribute('{attribute}').split(' ').includes('{value}')).length");
                var visible = await page.Locator(".publication-card:visible").CountAsync();
                Assert.Equal(expected, visible);
                Assert.True(visible > 0 && (options.Length == 1 || visible < all || select == "#filter-language"), $"{select}={value} shows {visible} of {all}");
                Assert.Equal("status", await page.GetAttributeAsync("#publication-count", "role"));
                Assert.Contains(visible.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextContentAsync("#publication-count"));
                await page.SelectOptionAsync(select, "");
                Assert.Equal(all, await page.Locator(".publication-card:visible").CountAsync());
            }
        }
    }

    [SkippableFact]
    public async Task Without_javascript_the_filters_stay_hidden_and_the_list_is_complete()
    {
        Chromium.RequireOrSkip();
        await using var context = await served.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url(served.Pages.Get(TemplatePages.Publications, "de").Path));
        Assert.False(await page.Locator("#publication-filters").IsVisibleAsync());
        Assert.Equal(await page.Locator(".publication-card").CountAsync(), await page.Locator(".publication-card:visible").CountAsync());
    }
}
