using System.CommandLine;

namespace IqSite.Cli.Commands;

/// <summary>The folder options every command shares, with the project layout's defaults.</summary>
internal sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "The site's content folder", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "The theme folder", DefaultValueFactory = _ => "themes/iq" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Overrides base_url from site.yml (e.g. a deploy preview's URL)" };

    public Option<string?> Cache { get; } = new("--cache") { Description = "Where encoded images and chart PNGs are kept between builds (default: .iqsite-cache beside the input folder)" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Also publish documents marked 'draft: true'" };

    public Option<bool> Future { get; } = new("--future") { Description = "Also publish newsletter issues dated after today" };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(BaseUrl);
        command.Options.Add(Cache);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
    }

    public BuildOptions Read(ParseResult result, string output, bool liveReload = false) => new()
    {
        InputDirectory = result.GetValue(Input)!,
        ThemeDirectory = result.GetValue(Theme)!,
        OutputDirectory = output,
        BaseUrl = result.GetValue(BaseUrl),
        CacheDirectory = result.GetValue(Cache),
        IncludeDrafts = result.GetValue(Drafts),
        IncludeFuture = result.GetValue(Future),
        LiveReload = liveReload,
    };
}
