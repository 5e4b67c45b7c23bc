namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// A tool a test needs from the machine. Outside CI a missing tool skips the test with a reason;
/// in CI (CI=true) it fails it, so a quality gate can never silently not run.
/// </summary>
internal static class Prerequisite
{
    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="missing">What is missing, as a sentence start: "Chromium is missing at /usr/bin/chromium".</param>
    /// <param name="install">The command that installs it.</param>
    public static void RequireOrSkip(bool present, string missing, string install)
    {
        if (present) return;
        if (InCi) throw new InvalidOperationException($"{missing}; CI must install it ({install}).");
        Skip.If(true, $"{missing}; run '{install}' to run this test.");
    }
}
