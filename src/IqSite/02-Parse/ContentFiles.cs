using System.Collections.Immutable;
using System.Text.Json;
using IqSite.Diagnostics;
using IqSite.Discover;

namespace IqSite.Parse;

/// <summary>A file beside the Markdown (cover, print PDF): its size, and for a PDF its page count and text.</summary>
public sealed record ContentFileInfo(long Bytes, int? Pages, string? Text = null);

/// <summary>
/// Reads what download blocks tell readers before they click: size, and the page count of PDFs
/// (with their text, for search),
/// which pdf.js (npm pdfjs-dist) reads in one Node.js process for all PDFs of the build.
/// </summary>
public static class ContentFiles
{
    public static ImmutableDictionary<string, ContentFileInfo> Read(IEnumerable<SourceFile> files, DiagnosticBag diagnostics)
    {
        var all = files.Where(f => f.Kind == SourceKind.ContentFile).ToArray();
        var pdfs = all.Where(f => f.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToArray();
        var pdfInfo = pdfs.Length == 0 ? [] : ReadPdfs(pdfs, diagnostics);
        return all.ToImmutableDictionary(
            f => f.Path,
            f => pdfInfo.TryGetValue(f.Path, out var pdf)
                ? new ContentFileInfo(new FileInfo(f.FullPath).Length, pdf.Pages, pdf.Text)
                : new ContentFileInfo(new FileInfo(f.FullPath).Length, null),
            StringComparer.Ordinal);
    }

    private static Dictionary<string, (int Pages, string Text)> ReadPdfs(SourceFile[] pdfs, DiagnosticBag diagnostics)
    {
        var counts = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        var root = NodePackages.Root("pdfjs-dist", Path.GetDirectoryName(pdfs[0].FullPath)!);
        if (root is null)
        {
            diagnostics.Error(pdfs[0].DisplayPath, 1, 1, "reading PDF page counts needs the npm package pdfjs-dist: run 'npm install' in the project folder (Node.js 20 or newer)");
            return counts;
        }
        try
        {
            var (exitCode, stdout, stderr) = NodeScripts.Run(root, Script.Value, JsonSerializer.Serialize(pdfs.Select(p => p.FullPath)));
            if (exitCode != 0)
            {
                diagnostics.Error(pdfs[0].DisplayPath, 1, 1, $"pdf.js could not read the PDFs: {stderr.Trim()}");
                return counts;
            }
            var results = JsonSerializer.Deserialize<PdfResult[]>(stdout, JsonOptions)!;
            if (results.Length != pdfs.Length) throw new InvalidOperationException($"pdf-info.mjs returned {results.Length} results for {pdfs.Length} PDFs");
            for (var i = 0; i < pdfs.Length; i++)
            {
                if (results[i].Pages is { } pageCount) counts[pdfs[i].Path] = (pageCount, results[i].Text ?? "");
                else diagnostics.Error(pdfs[i].DisplayPath, 1, 1, $"not a readable PDF ({results[i].Error}); export it again from the layout program");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(pdfs[0].DisplayPath, 1, 1, "reading PDF page counts needs Node.js ('node' was not found on the PATH)");
        }
        return counts;
    }

    private sealed record PdfResult(int? Pages, string? Text, string? Error);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<string> Script = new(() => NodeScripts.Load("IqSite.Parse.pdf-info.mjs"));
}
