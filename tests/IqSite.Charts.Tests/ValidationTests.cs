using IqSite.Charts;

namespace IqSite.Charts.Tests;

public sealed class ValidationTests
{
    private static ChartSpec Spec(ChartKind kind, string[] categories, params ChartSeries[] series) =>
        new(kind, "T", "D", categories, series, ChartUnit.Count, null);

    [Fact]
    public void Sample_specs_are_valid()
    {
        foreach (var spec in new[] { SampleSpecs.Professions, SampleSpecs.Nationalities, SampleSpecs.TrainingParticipants,
            SampleSpecs.ConsultationsPerYear, SampleSpecs.CounsellingOutcome, SampleSpecs.FirstConsultations })
            Assert.True(ChartRenderer.Validate(spec).IsValid, ChartRenderer.Validate(spec).ToString());
    }

    [Fact]
    public void No_categories_is_reported() =>
        Assert.Contains(ChartRenderer.Validate(Spec(ChartKind.HorizontalBar, [], new ChartSeries("s", []))).Messages, m => m.Contains("no categories"));

    [Fact]
    public void Series_length_mismatch_is_reported() =>
        Assert.Contains(ChartRenderer.Validate(Spec(ChartKind.HorizontalBar, ["a", "b"], new ChartSeries("s", [1]))).Messages, m => m.Contains("1 values for 2 categories"));

    [Fact]
    public void Negative_bar_value_is_reported() =>
        Assert.Contains(ChartRenderer.Validate(Spec(ChartKind.HorizontalBar, ["a"], new ChartSeries("s", [-1]))).Messages, m => m.Contains("negative"));

    [Fact]
    public void Negative_line_value_is_allowed() =>
        Assert.True(ChartRenderer.Validate(Spec(ChartKind.Line, ["a", "b"], new ChartSeries("s", [-1, 2]))).IsValid);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_value_is_reported(double value) =>
        Assert.Contains(ChartRenderer.Validate(Spec(ChartKind.Line, ["a"], new ChartSeries("s", [value]))).Messages, m => m.Contains("not a finite number"));

    [Fact]
    public void Key_figure_with_two_values_is_reported() =>
        Assert.Contains(ChartRenderer.Validate(Spec(ChartKind.KeyFigure, ["a", "b"], new ChartSeries("s", [1, 2]))).Messages, m => m.Contains("exactly one value"));

    [Fact]
    public void Part_to_whole_with_one_series_is_reported() =>
        Assert.Contains(ChartRenderer.Validate(Spec(ChartKind.PartToWhole, ["a"], new ChartSeries("s", [1]))).Messages, m => m.Contains("at least two series"));
}
