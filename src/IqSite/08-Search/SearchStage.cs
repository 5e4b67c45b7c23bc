using System.Globalization;
using System.Text.Json;
using IqSite.Assemble;
using IqSite.Diagnostics;

namespace IqSite.Search;

/// <param name="Entries">Index entries per language: pages with data-pagefind-body plus PDF records.</param>
/// <param name="Records">Custom records: the text of publications' PDFs.</param>
/// <param name="Bytes">Size of the bundle under pagefind/ (all languages).</param>
public sealed record SearchResult(IReadOnlyDictionary<string, int> Entries, int Records, long Bytes);

/// <summary>
/// Stage 8: the search index. Pagefind reads the written site before it is put in place of
/// output/ (see <see cref="Write.WriteStage"/>), so the index always matches the pages beside it,
/// and a failed index leaves the previous output untouched.
/// </summary>
public static class SearchStage
{
    /// <summary>
    /// From how many entries (pages and records, all languages) on the languages' bundles are
    /// written one at a time rather than side by side (see pagefind-index.mjs): the two took as
    /// long at 2 x 2,500 sheets.
    /// </summary>
    public const int WriteInTurnsFrom = 5_000;

    /// <param name="files">The paths of the written site's files, relative to it, with '/'.</param>
    /// <param name="writeInTurnsFrom">See <see cref="WriteInTurnsFrom"/>.</param>
    public static SearchResult Run(SiteModel site, string writtenSite, IEnumerable<string> files, DiagnosticBag diagnostics, int writeInTurnsFrom = WriteInTurnsFrom)
    {
        var root = NodePackages.Root("pagefind", writtenSite);
        if (root is null)
        {
            diagnostics.Error("output", 1, 1, "the search index needs the npm package pagefind: run 'npm install' in the project folder, or build with --no-search");
            throw new BuildFailedException(diagnostics.Sorted());
        }
        var input = JsonSerializer.Serialize(new { site = writtenSite, files = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), records = PdfRecords.For(site), writeInTurnsFrom }, Json);
        string stdout, stderr;
        int exitCode;
        try
        {
            (exitCode, stdout, stderr) = NodeScripts.Run(root, Script.Value, input);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            diagnostics.Error("output", 1, 1, "the search index needs Node.js ('node' was not found on the PATH), or build with --no-search");
            throw new BuildFailedException(diagnostics.Sorted());
        }
        var result = exitCode == 0 ? JsonSerializer.Deserialize<IndexResult>(stdout, Json) : null;
        if (result is null || result.Errors.Length > 0)
        {
            foreach (var error in result?.Errors ?? [stderr.Trim()])
                diagnostics.Error("output", 1, 1, $"Pagefind could not index the site: {error}");
            throw new BuildFailedException(diagnostics.Sorted());
        }
        var bundle = new DirectoryInfo(Path.Combine(writtenSite, "pagefind"));
        // Pagefind also writes its ready-made search interfaces; the site has its own (assets/js/search.js).
        foreach (var unused in bundle.GetFiles("pagefind-*ui.*")) unused.Delete();
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle.FullName, "pagefind-entry.json")));
        var entries = entry.RootElement.GetProperty("languages").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.GetProperty("page_count").GetInt32(), StringComparer.Ordinal);
        return new SearchResult(entries, result.Records, bundle.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length));
    }

    public static string Describe(SearchResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join(", ", r.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"))} entries ({r.Records} from PDFs); index {r.Bytes / 1024.0:0} KiB");

    private sealed record IndexResult(int Records, string[] Errors);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    private static readonly Lazy<string> Script = new(() => NodeScripts.Load("IqSite.Search.pagefind-index.mjs"));
}
