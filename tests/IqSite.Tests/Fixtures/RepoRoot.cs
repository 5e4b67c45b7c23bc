namespace IqSite.Tests.Fixtures;

/// <summary>The repository checkout the tests run from: the folder holding IqSite.sln.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Theme => System.IO.Path.Combine(Path, "themes", "iq");

    public static string Input => System.IO.Path.Combine(Path, "input");

    public static string TestProject => System.IO.Path.Combine(Path, "tests", "IqSite.Tests");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IqSite.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no IqSite.sln above {AppContext.BaseDirectory}");
    }
}
