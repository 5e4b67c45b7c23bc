using System.Globalization;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using IqSite.Charts;

namespace IqSite.Charts.Tests;

/// <summary>
/// FsCheck properties over generated valid specs. FsCheck.Xunit is not on the package source
/// this project uses, so each property runs from a [Fact] with Check.One.
/// </summary>
public sealed class RenderProperties
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly HashSet<string> CoordinateAttributes = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "font-size"];
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(300);

    // Markup characters, RTL letters, a surrogate pair and a control character: all must survive.
    private static readonly string[] Pieces = ["a", "Z", " ", "&", "<", ">", "\"", "'", "ب", "ש", "ü", "–", "😀", "\u0001", "Kranken", "-", "*in"];

    private static Gen<string> Label => Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p));

    private static Gen<double> Value =>
        Gen.OneOf(
            Gen.Constant(0.0),
            Gen.Choose(0, 10_000_000).Select(i => (double)i),
            Gen.Choose(0, 1_000_000).Select(i => i / 1000.0));

    private static Gen<ChartSpec> SpecOf(Gen<ChartKind> kinds) =>
        from kind in kinds
        from categoryCount in kind == ChartKind.KeyFigure ? Gen.Constant(1) : Gen.Choose(1, 12)
        from seriesCount in kind switch { ChartKind.KeyFigure => Gen.Constant(1), ChartKind.HorizontalBar => Gen.Constant(1), ChartKind.PartToWhole => Gen.Choose(2, 4), _ => Gen.Choose(1, 4) }
        from title in Label
        from description in Label
        from categories in Gen.ArrayOf(Label, categoryCount)
        from names in Gen.ArrayOf(Label, seriesCount)
        from values in Gen.ArrayOf(Gen.ArrayOf(Value, categoryCount), seriesCount)
        from unit in Gen.Elements(ChartUnit.Count, ChartUnit.Percent)
        from unitLabel in Gen.OneOf(Gen.Constant<string?>(null), Label.Select(l => (string?)l))
        select new ChartSpec(kind, title, description, categories,
            names.Select((n, i) => new ChartSeries(n, values[i])).ToArray(), unit, unitLabel);

    private static Gen<ChartCulture> Culture =>
        from name in Gen.Elements("de-DE", "en-GB", "ar-SA", "fr-FR")
        from rtl in Gen.Elements(true, false)
        from decimals in Gen.Choose(0, 3)
        select new ChartCulture(CultureInfo.GetCultureInfo(name), rtl, decimals);

    [Fact]
    public void Every_valid_spec_renders_to_well_formed_svg()
    {
        var cases = from spec in SpecOf(Gen.Elements(Enum.GetValues<ChartKind>())) from culture in Culture select (spec, culture);
        Check.One(Checks, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Assert.True(ChartRenderer.Validate(c.spec).IsValid, ChartRenderer.Validate(c.spec).ToString());
            var root = XDocument.Parse(ChartRenderer.Render(c.spec, c.culture)).Root!;
            Assert.Equal(Svg + "svg", root.Name);
            Assert.Single(root.Elements(Svg + "title"));
            foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(a => CoordinateAttributes.Contains(a.Name.LocalName)))
                Assert.Matches(@"^-?\d+(\.\d{1,2})?$", attribute.Value);
        }));
    }

    [Fact]
    public void Horizontal_bar_widths_are_proportional_to_values()
    {
        var cases = from spec in SpecOf(Gen.Constant(ChartKind.HorizontalBar)) from culture in Culture select (spec, culture);
        Check.One(Checks, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var bars = XDocument.Parse(ChartRenderer.Render(c.spec, c.culture)).Descendants(Svg + "rect")
                .Where(r => (string?)r.Attribute("class") == "bar")
                .Select(r => (Width: Number(r, "width"), Value: Number(r, "data-value")))
                .ToList();
            Assert.Equal(c.spec.Series[0].Values, bars.Select(b => b.Value));
            var maxValue = bars.Max(b => b.Value);
            var maxWidth = bars.Max(b => b.Width);
            if (maxValue == 0)
            {
                Assert.All(bars, b => Assert.Equal(0, b.Width));
                return;
            }
            Assert.True(maxWidth > 100, $"longest bar only {maxWidth} wide");
            foreach (var (width, value) in bars)
                Assert.True(Math.Abs(width / maxWidth - value / maxValue) < 0.005, $"{value} drawn {width} wide, max {maxValue} drawn {maxWidth}");
        }));
    }

    private static double Number(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
