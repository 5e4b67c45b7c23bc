namespace IqSite;

public sealed record BuildOptions
{
    /// <summary>The site's content folder (site.yml, taxonomies.yml, content/, static/).</summary>
    public required string InputDirectory { get; init; }

    /// <summary>The theme folder (layouts/, partials/, i18n/, assets/).</summary>
    public required string ThemeDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>Overrides site.yml's base_url, e.g. for a deploy preview.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Publish documents marked <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Publish newsletter issues whose date is after <see cref="Today"/>.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>What "in the future" is measured against (UTC date); fixed in tests so builds are reproducible.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Builds the search index (Pagefind); off for quick local builds (--no-search) and by the preview, which indexes in the background.</summary>
    public bool Search { get; init; } = true;

    /// <summary>Adds the preview server's live-reload script to every page.</summary>
    public bool LiveReload { get; init; }

    /// <summary>Where rendered images are kept between builds; beside the input folder by default.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Absolute, because Node scripts that write into it run in another working directory.</summary>
    public string ResolvedCacheDirectory =>
        Path.GetFullPath(CacheDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(InputDirectory))!, ".iqsite-cache"));

    /// <summary>Kept from build to build by a long-running process (serve); null for a single build.</summary>
    public BuildMemory? Memory { get; init; }

    /// <summary>Paths in diagnostics are shown relative to this folder (the working directory by default).</summary>
    public string DisplayRoot { get; init; } = Environment.CurrentDirectory;
}
