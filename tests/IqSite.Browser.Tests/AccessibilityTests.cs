using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using IqSite.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IqSite.Browser.Tests;

/// <summary>
/// The site must meet WCAG 2.1 AA (BITV 2.0 for public bodies). axe finds what a machine can
/// find; every template is checked in every language, because translated texts change lengths,
/// lang attributes and link names.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class AccessibilityTests(SampleSiteInBrowser served, ITestOutputHelper output)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SkippableFact]
    public async Task Every_template_in_every_language_has_no_axe_violations_at_WCAG_2_1_AA()
    {
        Chromium.RequireOrSkip();
        // The search page and the finder show their filters once the index is there: check them as readers see them.
        await served.Site.WaitForSearchIndexAsync();
        await using var context = await served.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var toReview = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var templatePage in served.Pages)
        {
            var response = await page.GotoAsync(served.Url(templatePage.Path));
            Assert.True(response?.Ok, $"{templatePage}: HTTP {response?.Status}");
            AxeResult result = await page.RunAxe(WcagAa);
            failures.AddRange(result.Violations.Select(v => AxeViolationText.Format(templatePage, v)));
            toReview.UnionWith(result.Incomplete.Select(i => $"{i.Id} on {templatePage.Path} ({i.Nodes.Length} elements)"));
        }

        output.WriteLine($"axe: {served.Pages.Count} pages checked, {failures.Count} violations");
        output.WriteLine("axe: pages: " + string.Join(", ", served.Pages.Select(p => p.Path)));
        // "Incomplete" rules are those axe could not decide (e.g. contrast over a gradient): a person has to look.
        foreach (var item in toReview) output.WriteLine("axe: to review by hand: " + item);
        Assert.True(failures.Count == 0, $"axe found {failures.Count} violations:\n" + string.Join('\n', failures));
    }
}
