namespace IqSite.Charts.Tests;

/// <summary>
/// Compares output with Golden/&lt;name&gt;; on a mismatch writes &lt;name&gt;.actual.svg beside it to
/// diff or open. IQSITE_ACCEPT_GOLDEN=1 rewrites the goldens instead.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Directory(), name);
        var actualPath = Path.ChangeExtension(path, ".actual.svg");
        if (Environment.GetEnvironmentVariable("IQSITE_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            File.Delete(actualPath);
            return;
        }
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        Assert.Fail(expected is null
            ? $"No golden {path}; wrote {actualPath}. Set IQSITE_ACCEPT_GOLDEN=1 to accept."
            : $"SVG differs from {path}; wrote {actualPath}. Set IQSITE_ACCEPT_GOLDEN=1 to accept.");
    }

    // The goldens live in the source tree, not the build output, so accepting one edits the repo.
    private static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IqSite.Charts.Tests.csproj")))
                return Path.Combine(dir.FullName, "Golden");
        }
        throw new InvalidOperationException("IqSite.Charts.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
