namespace IqSite.Diagnostics;

/// <summary>Thrown by a stage when earlier diagnostics make it pointless to go on.</summary>
public sealed class BuildFailedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The build failed with {diagnostics.Count(d => d.Severity == Severity.Error)} error(s).")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
