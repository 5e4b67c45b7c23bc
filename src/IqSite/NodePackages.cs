namespace IqSite;

/// <summary>Finds the npm packages (pinned in package-lock.json) that build stages and the preview run with Node.js.</summary>
public static class NodePackages
{
    /// <summary>
    /// The nearest folder whose node_modules holds <paramref name="package"/>: above
    /// <paramref name="start"/>, the working directory, or the program itself (a site kept
    /// outside the IqSite checkout still finds it). Node scripts run there resolve the package.
    /// </summary>
    public static string? Root(string package, string start)
    {
        foreach (var candidate in new[] { Path.GetFullPath(start), Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(candidate); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "node_modules", package, "package.json"))) return dir.FullName;
        return null;
    }
}
