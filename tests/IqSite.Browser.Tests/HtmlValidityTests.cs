using IqSite.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IqSite.Browser.Tests;

/// <summary>
/// Every page the build writes is valid HTML by the W3C's Nu Html Checker: screen readers and
/// old browsers repair invalid markup each in their own way, so only valid markup behaves alike.
/// </summary>
public sealed class HtmlValidityTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Every_built_HTML_file_passes_the_Nu_Html_Checker_without_errors()
    {
        NuHtmlChecker.RequireOrSkip();
        using var site = await BuiltSite.BuildAsync();
        var htmlFiles = Directory.GetFiles(site.OutputFolder, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(htmlFiles > 0, $"the build wrote no HTML files into {site.OutputFolder}");

        var errors = await NuHtmlChecker.CheckFolderAsync(site.OutputFolder);

        output.WriteLine($"vnu: {htmlFiles} HTML files checked, {errors.Count} errors");
        Assert.True(errors.Count == 0,
            $"vnu found {errors.Count} errors:\n" + string.Join('\n', errors.Select(e => e.Describe(site.OutputFolder))));
    }
}
