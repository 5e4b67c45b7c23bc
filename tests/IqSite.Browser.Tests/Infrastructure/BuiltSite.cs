namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// The sample site built by the real `iqsite build` from a temp copy of input/ and themes/, so
/// the build can neither touch the checkout nor see a half-saved file of someone editing it.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string _folder;

    private BuiltSite(string folder)
    {
        _folder = folder;
        OutputFolder = Path.Combine(folder, "output");
    }

    public string OutputFolder { get; }

    public static async Task<BuiltSite> BuildAsync()
    {
        var site = new BuiltSite(Directory.CreateTempSubdirectory("iqsite-built-").FullName);
        try
        {
            RepositoryPaths.CopyTree(Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(site._folder, "input"));
            RepositoryPaths.CopyTree(Path.Combine(RepositoryPaths.Root, "themes"), Path.Combine(site._folder, "themes"));
            var cli = Path.Combine(AppContext.BaseDirectory, "IqSite.Cli.dll");
            var build = await CliProcess.RunAsync("dotnet", [cli, "build", "--output", site.OutputFolder], site._folder, TimeSpan.FromMinutes(2));
            if (build.ExitCode != 0)
                throw new InvalidOperationException($"iqsite build failed with exit code {build.ExitCode}:\n{build.Output}\n{build.Error}");
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
