namespace IqSite.Diagnostics;

public enum Severity { Error, Warning }

/// <summary>A position in a source file; line and column are 1-based, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>A value read from a source file together with where it was written.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);

public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
