using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Golden;

/// <summary>
/// Compares output with a checked-in golden file in tests/IqSite.Tests/Golden/ (or another folder). On a mismatch the
/// actual output is written beside it as '&lt;name&gt;.actual.&lt;ext&gt;' to diff or copy over;
/// with IQSITE_ACCEPT_GOLDEN=1 the golden file is overwritten instead.
/// </summary>
internal static class GoldenFile
{
    public const string AcceptVariable = "IQSITE_ACCEPT_GOLDEN";

    public static string Folder => Path.Combine(RepoRoot.TestProject, "Golden");

    public static void AssertMatches(string name, string actual, string? folder = null)
    {
        folder ??= Folder;
        var golden = Path.Combine(folder, name);
        var actualFile = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.actual{Path.GetExtension(name)}");
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(golden, actual);
            File.Delete(actualFile);
            return;
        }
        if (!File.Exists(golden))
        {
            File.WriteAllText(actualFile, actual);
            Assert.Fail($"no golden file {golden}; the output is in {actualFile}. Check it, then run with {AcceptVariable}=1 to accept it.");
        }
        var expected = File.ReadAllText(golden).Replace("\r\n", "\n");
        if (expected == actual)
        {
            File.Delete(actualFile);
            return;
        }
        File.WriteAllText(actualFile, actual);
        Assert.Fail($"{name} differs from its golden file {FirstDifference(expected, actual)}.\n" +
            $"Compare: diff {golden} {actualFile}\nIf the change is intended, run the tests with {AcceptVariable}=1.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right) return $"at line {i + 1}:\n  golden: {left}\n  actual: {right}";
        }
        return "(in line endings only)";
    }
}
