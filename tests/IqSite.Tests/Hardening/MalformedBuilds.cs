using IqSite.Diagnostics;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Hardening;

/// <summary>What building the smallest site with one malformed file gave.</summary>
/// <param name="Crash">An exception the build let escape; there must be none.</param>
/// <param name="Outside">Diagnostics whose line or column is not in their file.</param>
public sealed record MalformedBuild(MalformedCase Case, BuildResult? Result, Exception? Crash, IReadOnlyList<Diagnostic> Outside)
{
    public IEnumerable<Diagnostic> Errors => Result?.Diagnostics.Where(d => d.Severity == Severity.Error) ?? [];
}

/// <summary>Builds every case of <see cref="MalformedCases"/> once, for the per-case tests and the report alike.</summary>
public sealed class MalformedBuilds
{
    private readonly Dictionary<string, MalformedBuild> _builds = MalformedCases.All.ToDictionary(c => c.Fixture, Build);

    public MalformedBuild this[string fixture] => _builds[fixture];

    public IEnumerable<MalformedBuild> All => MalformedCases.All.Select(c => _builds[c.Fixture]);

    private static MalformedBuild Build(MalformedCase c)
    {
        using var site = TestSite.Create(SiteFiles.Base);
        var path = site.PathOf(c.SitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, MalformedCases.Bytes(c));
        BuildResult result;
        try
        {
            result = site.Build();
        }
        catch (Exception crash)
        {
            return new MalformedBuild(c, null, crash, []);
        }
        var outside = result.Diagnostics
            .Where(d => !File.Exists(site.PathOf(d.Location.File)) || !DiagnosticBounds.IsInside(File.ReadAllBytes(site.PathOf(d.Location.File)), d.Location))
            .ToList();
        return new MalformedBuild(c, result, null, outside);
    }
}
