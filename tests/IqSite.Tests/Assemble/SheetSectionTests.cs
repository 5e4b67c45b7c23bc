using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Assemble;

/// <summary>
/// A sheet's body has the three sections of the IQ format, headed in its language, in order.
/// These sheets have no slug or extra lines, so body line 1 is file line 19.
/// </summary>
public sealed class SheetSectionTests
{
    [Fact]
    public void Missing_last_section_is_reported_after_the_last_section_found()
    {
        var errors = AssembleWithBody("de", """
            ## Ausgangslage und Herausforderung

            Text.

            ## Umsetzung

            Text.
            """);

        Assert.Equal(
            ["input/content/good-practice/a.de.md:23:1: error: missing section '## Fazit' (a sheet has the sections: Ausgangslage und Herausforderung, Umsetzung, Fazit)"],
            errors);
    }

    [Fact]
    public void Body_without_sections_is_reported_at_its_first_line()
    {
        var errors = AssembleWithBody("de", "Nur Text, keine Abschnitte.");

        Assert.Equal(
            ["input/content/good-practice/a.de.md:19:1: error: missing section '## Ausgangslage und Herausforderung' (a sheet has the sections: Ausgangslage und Herausforderung, Umsetzung, Fazit)"],
            errors);
    }

    [Fact]
    public void Sections_out_of_order_are_reported_at_the_first_misplaced_heading()
    {
        var errors = AssembleWithBody("de", """
            Einleitung.

            ## Umsetzung

            Text.

            ## Ausgangslage und Herausforderung

            Text.

            ## Fazit

            Text.
            """);

        Assert.Equal(
            ["input/content/good-practice/a.de.md:21:1: error: expected section '## Ausgangslage und Herausforderung' here, found '## Umsetzung'"],
            errors);
    }

    [Fact]
    public void Section_headed_in_another_language_is_an_error()
    {
        var errors = AssembleWithBody("en", """
            ## Starting point and challenge

            Text.

            ## Umsetzung

            Text.

            ## Conclusion

            Text.
            """);

        Assert.Equal(
            ["input/content/good-practice/a.en.md:23:1: error: expected section '## Implementation' here, found '## Umsetzung'"],
            errors);
    }

    [Fact]
    public void Fourth_section_is_an_error_but_subsections_are_fine()
    {
        var errors = AssembleWithBody("de", """
            ## Ausgangslage und Herausforderung

            ### Hintergrund

            ## Umsetzung

            ### Schritt 1

            ## Fazit

            ## Anhang
            """);

        Assert.Equal(
            ["input/content/good-practice/a.de.md:29:1: error: unexpected section '## Anhang': a sheet has exactly the sections Ausgangslage und Herausforderung, Umsetzung, Fazit; use '###' for subsections"],
            errors);
    }

    [Fact]
    public void Level_one_heading_is_an_error_at_its_line()
    {
        var errors = AssembleWithBody("de", """
            # Titel

            ## Ausgangslage und Herausforderung

            ## Umsetzung

            ## Fazit
            """);

        Assert.Equal(
            ["input/content/good-practice/a.de.md:19:1: error: use '##' for sections: the sheet's title comes from 'title' in the front matter"],
            errors);
    }

    [Fact]
    public void Headings_with_inline_markup_are_compared_by_their_text()
    {
        var errors = AssembleWithBody("de", """
            ## Ausgangslage und *Herausforderung*

            ## Umsetzung

            ## Fazit
            """);

        Assert.Empty(errors);
    }

    private static List<string> AssembleWithBody(string language, string body)
    {
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base, SiteFiles.Sheet("a", language, body: body)));
        return [.. site.Assemble().Errors];
    }
}
