using System.Xml.Linq;
using IqSite.Charts;

namespace IqSite.Charts.Tests;

public sealed class SvgStructureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Root_is_labelled_by_its_title_and_desc_and_scales_by_viewbox_only()
    {
        var root = XDocument.Parse(ChartRenderer.Render(SampleSpecs.Professions, Cultures.German)).Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Null(root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        Assert.StartsWith("0 0 640 ", (string?)root.Attribute("viewBox"));
        var ids = ((string)root.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal(SampleSpecs.Professions.Title, root.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == ids[0]).Value);
        Assert.Equal(SampleSpecs.Professions.Description, root.Elements(Svg + "desc").Single(e => (string?)e.Attribute("id") == ids[1]).Value);
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes() =>
        Assert.Equal(ChartRenderer.Render(SampleSpecs.Nationalities, Cultures.German), ChartRenderer.Render(SampleSpecs.Nationalities, Cultures.German));

    [Fact]
    public void Output_does_not_depend_on_the_thread_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var invariant = ChartRenderer.Render(SampleSpecs.Nationalities, Cultures.German);
            // Swedish writes minus as U+2212 and the decimal separator as a comma.
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
            Assert.Equal(invariant, ChartRenderer.Render(SampleSpecs.Nationalities, Cultures.German));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Markup_characters_in_text_are_escaped()
    {
        var spec = SampleSpecs.Professions with { Title = "A & B <c> \"d\"" };
        var svg = ChartRenderer.Render(spec, Cultures.English);
        Assert.Contains("A &amp; B &lt;c&gt; &quot;d&quot;", svg);
        Assert.Equal(spec.Title, XDocument.Parse(svg).Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Right_to_left_numbers_are_embedded_left_to_right()
    {
        var svg = ChartRenderer.Render(SampleSpecs.ProfessionsArabic, Cultures.Arabic);
        Assert.Contains("direction=\"rtl\"", svg);
        var number = ChartNumberFormat.Count(24512, Cultures.Arabic.Culture);
        Assert.Contains($"direction=\"ltr\">{number}</text>", svg);
    }

    [Fact]
    public void Right_to_left_numbers_inside_text_are_embedded_left_to_right()
    {
        var arabic = SampleSpecs.CounsellingOutcomeArabic;
        var oneWhole = arabic with { Categories = ["الكل"], Series = arabic.Series.Select(s => s with { Values = [s.Values[0]] }).ToList() };
        var svg = ChartRenderer.Render(oneWhole, Cultures.Arabic);
        var share = ChartNumberFormat.Percent(48.0, Cultures.Arabic.Culture, 1);
        Assert.Contains($"<tspan direction=\"ltr\" unicode-bidi=\"embed\">{share}</tspan>", svg);
    }

    [Fact]
    public void Right_to_left_bars_grow_from_the_right_edge()
    {
        var doc = XDocument.Parse(ChartRenderer.Render(SampleSpecs.ProfessionsArabic, Cultures.Arabic));
        var rightEdges = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar")
            .Select(r => Math.Round(double.Parse((string)r.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture)
                + double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture), 1))
            .Distinct().ToList();
        Assert.Single(rightEdges);
        Assert.True(rightEdges[0] > 320);
    }

    [Fact]
    public void Long_category_labels_wrap_instead_of_overflowing()
    {
        var spec = SampleSpecs.Professions with { Categories = ["Gesundheits- und Krankenpflegerin, Gesundheits- und Kinderkrankenpfleger*in", "B", "C", "D", "E"] };
        var doc = XDocument.Parse(ChartRenderer.Render(spec, Cultures.German));
        // In a left-to-right bar chart the only end-anchored texts are the category labels.
        var labels = doc.Descendants(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").ToList();
        Assert.Equal(6, labels.Count);
        Assert.All(labels, t =>
        {
            var right = double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(right - t.Value.Length * 0.55 * 13 >= 15, $"'{t.Value}' runs past the left edge");
        });
    }

    [Fact]
    public void Line_with_negative_values_extends_the_axis_below_zero()
    {
        var spec = SampleSpecs.ConsultationsPerYear with { Series = [new ChartSeries("Saldo", [-1200, 300, 2500, -40])] };
        Assert.True(ChartRenderer.Validate(spec).IsValid);
        var svg = ChartRenderer.Render(spec, Cultures.English);
        XDocument.Parse(svg);
        Assert.Contains(">-2,000<", svg);
    }

    [Fact]
    public void Text_colours_reach_four_and_a_half_to_one_on_white()
    {
        Assert.True(ChartPalette.ContrastRatio(ChartPalette.Text, "#FFFFFF") >= 4.5);
        Assert.True(ChartPalette.ContrastRatio(ChartPalette.MutedText, "#FFFFFF") >= 4.5);
        foreach (var fill in ChartPalette.Series)
            Assert.True(ChartPalette.ContrastRatio(ChartPalette.TextOn(fill), fill) >= 4.5, fill);
    }
}
