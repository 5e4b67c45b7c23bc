using System.CommandLine;
using IqSite.Cli.Commands;
using Spectre.Console;

// Plain text when piped or redirected (CI logs, editors' problem matchers), colour on a terminal.
AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
    ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
});
// Diagnostics stay one line each, so editors and CI logs can link file:line:col.
AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 1000);

// Composition root: each command is declared in its own file under Commands/ and calls the library.
var root = new RootCommand("IqSite builds the IQ publications site from input/ into output/.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    I18nCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
