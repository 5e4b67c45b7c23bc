namespace IqSite.Discover;

public enum SourceKind { SiteConfig, Taxonomies, Content, ContentFile, Figure, Static, Layout, Partial, Translations, Asset }

/// <summary>
/// One file the build reads. <see cref="Path"/> is relative to its root (input or theme folder)
/// with '/' separators; <see cref="DisplayPath"/> is what diagnostics show.
/// Text is loaded for the files the build parses; static files and assets are copied by path.
/// </summary>
public sealed record SourceFile(
    SourceKind Kind,
    string Path,
    string FullPath,
    string DisplayPath,
    string? Text);
