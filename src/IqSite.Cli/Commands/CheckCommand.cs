using System.CommandLine;

namespace IqSite.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<DiagnosticFormat>("--format")
        {
            Description = "text for people; github for workflow annotations on the changed lines",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        var command = new Command("check", "Validate content and theme like a build does, without writing anything");
        common.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var result = new BuildPipeline(common.Read(parse, output: "output")).Check();
            var chosen = parse.GetValue(format);
            Report.Diagnostics(result.Diagnostics, chosen);
            if (chosen == DiagnosticFormat.Text) Report.CheckSummary(result);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
