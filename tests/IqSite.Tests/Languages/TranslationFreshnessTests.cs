using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Languages;

/// <summary>A translation records which version of its German source it translates; a changed source makes it outdated.</summary>
public sealed class TranslationFreshnessTests
{
    private const string Source = "input/content/good-practice/kmu-toolbox.de.md";
    private const string Translation = "input/content/good-practice/kmu-toolbox.en.md";

    /// <summary>A copy of the repository's sample site, whose translations are all marked.</summary>
    private static TestSite Sample()
    {
        var site = TestSite.Create("");
        TestSite.CopyDirectory(RepoRoot.Input, site.Input);
        return site;
    }

    [Fact]
    public void Changing_the_german_source_marks_the_english_page_outdated_and_status_lists_it()
    {
        using var site = Sample();
        var before = site.BuildSucceeds();
        Assert.Null(Html.Parse(site.ReadOutput("en/good-practice/kmu-toolbox/index.html")).QuerySelector(".outdated-notice"));

        File.AppendAllText(site.PathOf(Source), "\nEin neuer Absatz, den die Übersetzung noch nicht kennt.\n");
        site.BuildSucceeds();

        var page = Html.Parse(site.ReadOutput("en/good-practice/kmu-toolbox/index.html"));
        var notice = page.QuerySelector("main .outdated-notice[role='note']")!;
        var link = notice.QuerySelector("a")!;
        Assert.Equal("/de/gute-praxis/kmu-toolbox/", link.GetAttribute("href"));
        Assert.Equal("de", link.GetAttribute("lang"));
        // Only the page whose source changed.
        Assert.Null(Html.Parse(site.ReadOutput("en/good-practice/apo-online/index.html")).QuerySelector(".outdated-notice"));

        var status = CliRunner.Run(site.Root, "i18n", "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"outdated en: {Translation}", status.Lines);
        Assert.Single(status.Lines, l => l.StartsWith("outdated ", StringComparison.Ordinal));

        // After checking the translation, the editor marks it: the notice goes away.
        var mark = CliRunner.Run(site.Root, "i18n", "mark", Translation);
        Assert.Equal(0, mark.ExitCode);
        site.BuildSucceeds();
        Assert.Null(Html.Parse(site.ReadOutput("en/good-practice/kmu-toolbox/index.html")).QuerySelector(".outdated-notice"));
    }

    [Fact]
    public void Status_fails_under_a_share_of_up_to_date_translations()
    {
        using var site = Sample();

        var lenient = CliRunner.Run(site.Root, "i18n", "status", "--fail-under", "5");
        var strict = CliRunner.Run(site.Root, "i18n", "status", "--fail-under", "50");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        // The five new languages have their core pages only; English is complete.
        Assert.Contains(strict.Lines, l => l.StartsWith("below 50 % up to date: ar", StringComparison.Ordinal));
        Assert.DoesNotContain("en (", strict.Lines.Last());
    }
}
