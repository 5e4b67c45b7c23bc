using System.CommandLine;

namespace IqSite.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string>("--output") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (Pagefind) for a quicker local build" };
        var command = new Command("build", "Build the site into the output folder (replaced only when the build succeeds)");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(timings);
        command.Options.Add(noSearch);
        command.SetAction(parse =>
        {
            var options = common.Read(parse, parse.GetValue(output)!) with { Search = !parse.GetValue(noSearch) };
            var result = new BuildPipeline(options).Build();
            Report.Diagnostics(result.Diagnostics, DiagnosticFormat.Text);
            if (parse.GetValue(timings)) Report.Timings(result.Timings);
            Report.Summary(result, options.OutputDirectory);
            Report.Changes(result);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
