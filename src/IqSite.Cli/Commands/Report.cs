using IqSite.Diagnostics;
using Spectre.Console;

namespace IqSite.Cli.Commands;

internal enum DiagnosticFormat { Text, Github }

/// <summary>How commands show results: compiler-style lines people (and editors) can click.</summary>
internal static class Report
{
    public static void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (format == DiagnosticFormat.Github)
            {
                Console.Out.WriteLine(GithubAnnotation(diagnostic));
                continue;
            }
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(diagnostic.Location.ToString())}[/]: [{colour}]{(diagnostic.Severity == Severity.Error ? "error" : "warning")}[/]: {Markup.Escape(diagnostic.Message)}");
        }
    }

    /// <summary>GitHub's workflow command; values are escaped as the runner expects.</summary>
    public static string GithubAnnotation(Diagnostic diagnostic)
    {
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var l = diagnostic.Location;
        return $"::{kind} file={Property(l.File)},line={l.Line},col={l.Column}::{Data(diagnostic.Message)}";
    }

    public static void Timings(IReadOnlyList<StageTiming> timings)
    {
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("ms").RightAligned()).AddColumn("result");
        foreach (var timing in timings)
            table.AddRow(timing.Stage, timing.Elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(timing.Detail));
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        table.AddRow("[bold]total[/]", $"[bold]{total.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}[/]", "");
        AnsiConsole.Write(table);
    }

    public static void Summary(BuildResult result, string output)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (result.Succeeded)
            AnsiConsole.MarkupLine($"[green]Built[/] {result.Pages} pages, {result.Files} files into {Markup.Escape(output)}/");
        else
            AnsiConsole.MarkupLine($"[red]Build failed[/] with {errors} error(s); {Markup.Escape(output)}/ was left as it was.");
    }

    public static void CheckSummary(BuildResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        AnsiConsole.MarkupLine(result.Succeeded
            ? $"[green]No errors[/] in {result.Pages} pages."
            : $"[red]{errors} error(s)[/] found.");
    }

    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
