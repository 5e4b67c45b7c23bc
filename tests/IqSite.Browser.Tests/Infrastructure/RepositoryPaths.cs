namespace IqSite.Browser.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The checkout's root: the folder holding IqSite.sln above the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string ArtifactsFolder => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "browser")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IqSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("IqSite.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies a folder tree, so tests can edit a site without touching the checkout.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
