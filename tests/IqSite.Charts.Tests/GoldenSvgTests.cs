using IqSite.Charts;

namespace IqSite.Charts.Tests;

public sealed class GoldenSvgTests
{
    [Fact]
    public void Horizontal_bar_of_professions_in_german_matches_golden() =>
        GoldenFile.AssertMatches("horizontal-bar.de.svg", ChartRenderer.Render(SampleSpecs.Professions, Cultures.German));

    [Fact]
    public void Horizontal_bar_right_to_left_matches_golden() =>
        GoldenFile.AssertMatches("horizontal-bar.ar.svg", ChartRenderer.Render(SampleSpecs.ProfessionsArabic, Cultures.Arabic));

    [Fact]
    public void Grouped_bar_of_nationalities_per_period_matches_golden() =>
        GoldenFile.AssertMatches("grouped-bar.de.svg", ChartRenderer.Render(SampleSpecs.Nationalities, Cultures.German));

    [Fact]
    public void Stacked_bar_of_training_participants_in_english_matches_golden() =>
        GoldenFile.AssertMatches("stacked-bar.en.svg", ChartRenderer.Render(SampleSpecs.TrainingParticipants, Cultures.English));

    [Fact]
    public void Line_of_consultations_per_year_in_english_matches_golden() =>
        GoldenFile.AssertMatches("line.en.svg", ChartRenderer.Render(SampleSpecs.ConsultationsPerYear, Cultures.English));

    [Fact]
    public void Line_right_to_left_keeps_time_running_left_to_right_and_matches_golden() =>
        GoldenFile.AssertMatches("line.ar.svg", ChartRenderer.Render(SampleSpecs.ConsultationsPerYearArabic, Cultures.Arabic));

    [Fact]
    public void Part_to_whole_in_german_matches_golden() =>
        GoldenFile.AssertMatches("part-to-whole.de.svg", ChartRenderer.Render(SampleSpecs.CounsellingOutcome, Cultures.German));

    [Fact]
    public void Part_to_whole_right_to_left_matches_golden() =>
        GoldenFile.AssertMatches("part-to-whole.ar.svg", ChartRenderer.Render(SampleSpecs.CounsellingOutcomeArabic, Cultures.Arabic));

    [Fact]
    public void Key_figure_of_first_consultations_matches_golden() =>
        GoldenFile.AssertMatches("key-figure.de.svg", ChartRenderer.Render(SampleSpecs.FirstConsultations, Cultures.German));
}
