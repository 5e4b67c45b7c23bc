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
        static string Ms(double ms) => ms.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("ms").RightAligned())
            .AddColumn(new TableColumn("cpu ms").RightAligned()).AddColumn("result");
        foreach (var timing in timings)
            table.AddRow(timing.Stage, Ms(timing.Elapsed.TotalMilliseconds), Ms(timing.Cpu.TotalMilliseconds),
                Markup.Escape(timing.Detail) + (timing.During is { } during ? $" [dim](during {Markup.Escape(during)})[/]" : ""));
        // A stage that ran during another is in that one's time already.
        var own = timings.Where(t => t.During is null).ToArray();
        table.AddRow("[bold]total[/]", $"[bold]{Ms(own.Sum(t => t.Elapsed.TotalMilliseconds))}[/]", $"[bold]{Ms(own.Sum(t => t.Cpu.TotalMilliseconds))}[/]", "");
        AnsiConsole.Write(table);
        // Part of the stages' times above; at N=5000 about a seventh of a one-sheet rebuild.
        AnsiConsole.MarkupLine($"[dim]garbage collection: {Ms(GC.GetTotalPauseDuration().TotalMilliseconds)} ms paused in {GC.CollectionCount(0)} collections, {GC.CollectionCount(2)} of them full[/]");
    }

    public static void Summary(BuildResult result, string output)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (result.Succeeded && result.TextEditsOnly)
            AnsiConsole.MarkupLine($"[green]Updated[/] {result.Pages} pages of edited texts in {result.Timings.Sum(t => t.Elapsed.TotalMilliseconds):F0} ms ({result.Written?.Written} files written)");
        else if (result.Succeeded)
            AnsiConsole.MarkupLine($"[green]Built[/] {result.Pages} pages, {result.Files} files into {Markup.Escape(output)}/");
        else
            AnsiConsole.MarkupLine($"[red]Build failed[/] with {errors} error(s); {Markup.Escape(output)}/ was left as it was.");
    }

    /// <summary>
    /// Pages added (+), changed (~) and removed (-) against the previous output/, by language. In a
    /// GitHub workflow the same list goes to the job summary, where reviewers of a pull request see it.
    /// </summary>
    public static void Changes(BuildResult result, int listed = 25)
    {
        if (result.Changes is not { } changes) return;
        var text = new System.Text.StringBuilder();
        if (changes.IsEmpty) text.AppendLine("No page changed against the previous output.");
        else text.AppendLine("Pages changed against the previous output:");
        foreach (var language in changes)
        {
            text.AppendLine($"  {language.Language}: {language.Added.Length} added, {language.Changed.Length} changed, {language.Removed.Length} removed");
            var lines = language.Added.Select(p => $"+ {p}").Concat(language.Changed.Select(p => $"~ {p}")).Concat(language.Removed.Select(p => $"- {p}")).ToList();
            foreach (var line in lines.Take(listed)) text.AppendLine($"    {line}");
            if (lines.Count > listed) text.AppendLine($"    … and {lines.Count - listed} more");
        }
        Console.Write(text.ToString());
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            File.AppendAllText(summary, $"### Pages this change affects\n\n```\n{text}```\n");
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
