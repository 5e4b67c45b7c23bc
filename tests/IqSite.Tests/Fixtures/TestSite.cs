using IqSite.Assemble;
using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Parse;

namespace IqSite.Tests.Fixtures;

/// <summary>
/// A fixture site in a fresh temp folder: input/ from inline fixture text, themes/iq/ copied from
/// the repository (a fixture block may replace any of its files) and output/ for builds.
/// Diagnostics are shown relative to the folder, as the CLI shows them when run inside it.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "themes", "iq");

    public string Output => Path.Combine(Root, "output");

    public BuildOptions Options => new()
    {
        InputDirectory = Input,
        ThemeDirectory = Theme,
        OutputDirectory = Output,
        DisplayRoot = Root,
        // Shared by all fixture sites: entries are keyed by content hash, so sharing is safe and
        // each chart PNG is rendered once per machine, not once per test.
        CacheDirectory = Path.Combine(Path.GetTempPath(), "iqsite-test-cache"),
        // Most tests look at pages, not the search index; the search tests turn it on.
        Search = false,
    };

    public static TestSite Create(string fixture)
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("iqsite-test-").FullName);
        CopyDirectory(RepoRoot.Theme, site.Theme);
        site.WriteFiles(fixture);
        return site;
    }

    public void WriteFiles(string fixture)
    {
        foreach (var (path, text) in FixtureText.Parse(fixture))
            WriteFile(path, text);
    }

    public void WriteFile(string relativePath, string text)
    {
        var full = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public BuildResult Build(BuildOptions? options = null) => new BuildPipeline(options ?? Options).Build();

    public BuildResult Check(BuildOptions? options = null) => new BuildPipeline(options ?? Options).Check();

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public BuildResult BuildSucceeds(BuildOptions? options = null)
    {
        var result = Build(options);
        Assert.True(result.Succeeded, "the build failed:\n" + Lines(result.Diagnostics));
        return result;
    }

    /// <summary>Runs Discover and Parse only, so a test sees parse errors without Assemble's.</summary>
    public Parsed Parse()
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var sources = SourceDiscovery.Run(Options, diagnostics);
            var parsed = ParseStage.Run(sources, Options, diagnostics);
            return new Parsed(parsed, diagnostics.Sorted());
        }
        catch (BuildFailedException)
        {
            return new Parsed(null, diagnostics.Sorted());
        }
    }

    /// <summary>Runs Discover, Parse and Assemble, the stages that make the model.</summary>
    public Assembled Assemble(BuildOptions? options = null)
    {
        options ??= Options;
        var diagnostics = new DiagnosticBag();
        try
        {
            var sources = SourceDiscovery.Run(options, diagnostics);
            if (diagnostics.HasErrors) return new Assembled(null, diagnostics.Sorted());
            var parsed = ParseStage.Run(sources, options, diagnostics);
            var site = AssembleStage.Run(parsed, options, diagnostics);
            return new Assembled(site, diagnostics.Sorted());
        }
        catch (BuildFailedException)
        {
            return new Assembled(null, diagnostics.Sorted());
        }
    }

    /// <summary>The model of a site that must assemble without errors.</summary>
    public SiteModel Model(BuildOptions? options = null)
    {
        var assembled = Assemble(options);
        Assert.True(assembled.Site is not null, "assembling failed:\n" + Lines(assembled.Diagnostics));
        return assembled.Site;
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(OutputPath(relativePath));

    public bool OutputExists(string relativePath) => File.Exists(OutputPath(relativePath));

    public string OutputPath(string relativePath) => Path.Combine(Output, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Join('\n', diagnostics.Select(d => d.ToString()));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process the test started may still hold a file; the OS cleans temp folders eventually.
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

internal sealed record Parsed(ParseResult? Result, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<string> Errors => Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());

    public ParsedDocument Document(string path) => Assert.Single(Result!.Documents, d => d.Source.Path == path);
}

internal sealed record Assembled(SiteModel? Site, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<string> Errors => Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());
}
