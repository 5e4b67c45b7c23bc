namespace IqSite.Diagnostics;

/// <summary>
/// Collects every problem of a build instead of stopping at the first, so an editor sees
/// all of them in one run. Thread-safe because rendering reports from parallel workers.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Error(SourceLocation location, string message) => Add(new Diagnostic(Severity.Error, location, message));

    public void Error(string file, int line, int column, string message) => Error(new SourceLocation(file, line, column), message);

    public void Warning(SourceLocation location, string message) => Add(new Diagnostic(Severity.Warning, location, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    private readonly HashSet<(SourceLocation, string)> _keys = [];

    /// <summary>True when <paramref name="key"/> was already reported at <paramref name="location"/>; remembers it otherwise.</summary>
    public bool Reported(SourceLocation location, string key)
    {
        lock (_lock) return !_keys.Add((location, key));
    }

    public int ErrorCount
    {
        get { lock (_lock) return _items.Count(d => d.Severity == Severity.Error); }
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>Sorted by file, line and column so output is stable whatever the thread order.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return [.. _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
