using IqSite.Diagnostics;

namespace IqSite.Discover;

/// <summary>Stage 1: finds every file of the site and the theme, in a stable (ordinal) order.</summary>
public static class SourceDiscovery
{
    public static IReadOnlyList<SourceFile> Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var files = new List<Found>();
        var input = Path.GetFullPath(options.InputDirectory);
        var theme = Path.GetFullPath(options.ThemeDirectory);

        if (!Directory.Exists(input))
        {
            diagnostics.Error(Display(options, input), 1, 1, "input folder not found");
            return [];
        }
        if (!Directory.Exists(theme))
        {
            diagnostics.Error(Display(options, theme), 1, 1, "theme folder not found");
            return [];
        }

        AddRequired(files, options, diagnostics, input, "site.yml", SourceKind.SiteConfig);
        AddRequired(files, options, diagnostics, input, "taxonomies.yml", SourceKind.Taxonomies);
        AddTree(files, options, diagnostics, input, "content", SourceKind.Content, "*.md", readText: true);
        // Covers and print PDFs beside the Markdown files; published under /files/ with the same path.
        AddTree(files, options, diagnostics, input, "content", SourceKind.ContentFile, "*", readText: false, skipExtension: ".md");
        AddTree(files, options, diagnostics, input, "figures", SourceKind.Figure, "*.json", readText: true);
        AddTree(files, options, diagnostics, input, "static", SourceKind.Static, "*", readText: false);
        AddTree(files, options, diagnostics, theme, "layouts", SourceKind.Layout, "*.hbs", readText: true);
        AddTree(files, options, diagnostics, theme, "partials", SourceKind.Partial, "*.hbs", readText: true);
        AddTree(files, options, diagnostics, theme, "i18n", SourceKind.Translations, "*.yml", readText: true);
        AddTree(files, options, diagnostics, theme, "assets", SourceKind.Asset, "*", readText: false);

        // Reading is most of this stage (10,000 files at N=5000): on all cores, in the order found.
        var read = new SourceFile?[files.Count];
        Parallel.For(0, files.Count, i => read[i] = Read(files[i], options, diagnostics));
        return read.OfType<SourceFile>().ToList();
    }

    /// <summary>A file found, before its text is read.</summary>
    private sealed record Found(SourceKind Kind, string Relative, string Full, bool ReadText);

    private static void AddRequired(List<Found> files, BuildOptions options, DiagnosticBag diagnostics,
        string root, string name, SourceKind kind)
    {
        var full = Path.Combine(root, name);
        if (!File.Exists(full))
        {
            diagnostics.Error(Display(options, full), 1, 1, $"required file '{name}' is missing");
            return;
        }
        files.Add(new Found(kind, name, full, ReadText: true));
    }

    private static void AddTree(List<Found> files, BuildOptions options, DiagnosticBag diagnostics, string root, string folder,
        SourceKind kind, string pattern, bool readText, string? skipExtension = null)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return;
        var paths = Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(dir, full).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(p => skipExtension is null || !p.Relative.EndsWith(skipExtension, StringComparison.Ordinal))
            // Before the hidden-file rule: '..\x' must be an error, not a silently skipped file.
            .Where(p => !IsBackslashName(options, diagnostics, p.Full, p.Relative))
            // Editors' swap and backup files must not become pages.
            .Where(p => !p.Relative.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in paths)
            files.Add(new Found(kind, relative, full, readText));
    }

    /// <summary>
    /// Outside Windows '\' is an ordinary character in a file name, but Windows and browsers read
    /// it as a folder separator: such a name (e.g. '..\..\x') is refused, never turned into a path.
    /// </summary>
    private static bool IsBackslashName(BuildOptions options, DiagnosticBag diagnostics, string full, string relative)
    {
        if (!relative.Contains('\\')) return false;
        diagnostics.Error(Display(options, full), 1, 1, "the name contains '\\', which Windows and web addresses read as a folder separator: rename the file");
        return true;
    }

    // A file whose text cannot be read is left out: its error ends the build after this stage.
    private static SourceFile? Read(Found found, BuildOptions options, DiagnosticBag diagnostics)
    {
        var display = Display(options, found.Full);
        if (!found.ReadText) return new SourceFile(found.Kind, found.Relative, found.Full, display, null);
        // Looked at before it is read: a file saved while it is read is read again next time.
        var file = new FileInfo(found.Full);
        var source = (options.Memory?.FileAsRead(file) is { } known && known.Kind == found.Kind && known.Path == found.Relative && known.DisplayPath == display ? known : null)
            ?? options.Memory?.UnchangedFile(file, found.Kind, found.Relative, display)
            ?? SourceText.Read(file, found.Kind, found.Relative, display, diagnostics);
        if (source is not null) options.Memory?.RememberFile(file, source);
        return source;
    }

    public static string Display(BuildOptions options, string fullPath)
    {
        var relative = Path.GetRelativePath(options.DisplayRoot, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
