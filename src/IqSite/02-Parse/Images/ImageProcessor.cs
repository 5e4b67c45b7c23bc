using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using IqSite.Diagnostics;
using IqSite.Discover;

namespace IqSite.Parse.Images;

/// <param name="Processed">Raster images encoded by sharp in this build.</param>
/// <param name="CacheHits">Raster images whose variants were taken unchanged from the cache.</param>
public sealed record ImageResult(ImmutableDictionary<string, ContentImage> Images, int Processed, int CacheHits);

/// <summary>
/// Makes the responsive variants of every image in the content folder, once: variants are kept in
/// .iqsite-cache/images/&lt;hash&gt;/, keyed by the image's bytes and the encoder settings, so an
/// unchanged image is never encoded again, whatever its name or place.
/// </summary>
public static class ImageProcessor
{
    /// <summary>Widths in CSS pixels that srcset offers; the largest also caps what is published.</summary>
    public static readonly ImmutableArray<int> Widths = [480, 800, 1200, 1600];

    /// <summary>Part of every cache key: change it when image-variants.mjs encodes differently.</summary>
    private static readonly string Settings = $"sharp-0.35.5;avif-q50-e2;webp-q75-e4;jpeg-q78-mozjpeg;widths={string.Join(',', Widths)}";

    private const string MetaFile = "meta.json";

    public static ImageResult Run(IReadOnlyList<SourceFile> sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        var images = ImmutableDictionary.CreateBuilder<string, ContentImage>(StringComparer.Ordinal);
        var cache = Path.Combine(options.ResolvedCacheDirectory, "images");
        var missing = new List<(SourceFile Source, string Folder)>();
        var hits = 0;
        foreach (var source in sources.Where(s => s.Kind == SourceKind.ContentFile && ContentImage.IsImagePath(s.Path)))
        {
            if (source.Path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                if (SvgSize(source, diagnostics) is { } size) images[source.Path] = new ContentImage(source.Path, size.Width, size.Height, []);
                continue;
            }
            var folder = Path.Combine(cache, Hash(source.FullPath));
            if (ReadMeta(source.Path, folder) is { } cached)
            {
                images[source.Path] = cached;
                hits++;
            }
            else missing.Add((source, folder));
        }
        if (missing.Count > 0)
            foreach (var image in Encode(missing, diagnostics)) images[image.Path] = image;
        return new ImageResult(images.ToImmutable(), missing.Count, hits);
    }

    private static IEnumerable<ContentImage> Encode(List<(SourceFile Source, string Folder)> jobs, DiagnosticBag diagnostics)
    {
        var first = jobs[0].Source;
        var root = NodePackages.Root("sharp", Path.GetDirectoryName(first.FullPath)!);
        if (root is null)
        {
            diagnostics.Error(first.DisplayPath, 1, 1, "images need the npm package sharp: run 'npm install' in the project folder (Node.js 20 or newer)");
            return [];
        }
        // Each image is encoded into a folder of its own and renamed into place when complete: a
        // killed build leaves no half-filled cache entry, and two builds sharing a cache do not collide.
        var work = jobs.Select(j => $"{j.Folder}.{Guid.NewGuid():N}.tmp").ToArray();
        foreach (var folder in work) Directory.CreateDirectory(folder);
        try
        {
            var results = RunSharp(root, jobs.Select((j, i) => new { source = j.Source.FullPath, folder = work[i] }), out var error);
            if (results is null)
            {
                diagnostics.Error(first.DisplayPath, 1, 1, error!);
                return [];
            }
            var images = new List<ContentImage>();
            for (var i = 0; i < jobs.Count; i++)
            {
                var (source, folder) = jobs[i];
                if (results[i].Error is { } message)
                {
                    diagnostics.Error(source.DisplayPath, 1, 1, $"not a readable image ({message}); save it again as JPEG or PNG");
                    continue;
                }
                var meta = new Meta(results[i].Width, results[i].Height,
                    [.. results[i].Variants!.Select(v => new MetaVariant(v.Width, v.Height, v.Format, Path.GetFileName(v.File)))]);
                File.WriteAllText(Path.Combine(work[i], MetaFile), JsonSerializer.Serialize(meta, Json));
                if (Directory.Exists(folder)) Directory.Delete(work[i], recursive: true);
                else Directory.Move(work[i], folder);
                images.Add(ToImage(source.Path, folder, meta));
            }
            return images;
        }
        finally
        {
            foreach (var folder in work.Where(Directory.Exists)) Directory.Delete(folder, recursive: true);
        }
    }

    private static SharpResult[]? RunSharp(string root, object jobs, out string? error)
    {
        error = null;
        try
        {
            var (exitCode, stdout, stderr) = NodeScripts.Run(root, Script.Value, JsonSerializer.Serialize(new { widths = Widths, jobs }));
            if (exitCode == 0) return JsonSerializer.Deserialize<SharpResult[]>(stdout, Json);
            error = $"sharp could not process the images: {stderr.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            error = "images need Node.js ('node' was not found on the PATH)";
        }
        return null;
    }

    private static ContentImage? ReadMeta(string path, string folder)
    {
        var file = Path.Combine(folder, MetaFile);
        if (!File.Exists(file)) return null;
        var meta = JsonSerializer.Deserialize<Meta>(File.ReadAllText(file), Json);
        return meta is null || meta.Variants.Any(v => !File.Exists(Path.Combine(folder, v.File))) ? null : ToImage(path, folder, meta);
    }

    private static ContentImage ToImage(string path, string folder, Meta meta) => new(path, meta.Width, meta.Height,
        [.. meta.Variants.Select(v => new ImageVariant(v.Width, v.Height, v.Format, Path.Combine(folder, v.File)))]);

    /// <summary>An SVG's size in CSS pixels from width/height, else from its viewBox.</summary>
    private static (int Width, int Height)? SvgSize(SourceFile source, DiagnosticBag diagnostics)
    {
        try
        {
            using var reader = XmlReader.Create(source.FullPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            if (Pixels(reader.GetAttribute("width")) is { } w && Pixels(reader.GetAttribute("height")) is { } h) return (w, h);
            var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (box is { Length: 4 } && Pixels(box[2]) is { } bw && Pixels(box[3]) is { } bh) return (bw, bh);
            diagnostics.Error(source.DisplayPath, 1, 1, "the SVG needs width and height or a viewBox, so pages can reserve its space");
        }
        catch (XmlException e)
        {
            diagnostics.Error(source.DisplayPath, e.LineNumber, e.LinePosition, $"not a valid SVG: {e.Message}");
        }
        return null;
    }

    private static int? Pixels(string? value) =>
        value is not null && double.TryParse(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value,
            NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? (int)Math.Round(number) : null;

    private static string Hash(string file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Settings + "\n"));
        hash.AppendData(File.ReadAllBytes(file));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    private sealed record SharpResult(int Width, int Height, SharpVariant[]? Variants, string? Error);

    private sealed record SharpVariant(int Width, int Height, string Format, string File);

    private sealed record Meta(int Width, int Height, MetaVariant[] Variants);

    private sealed record MetaVariant(int Width, int Height, string Format, string File);

    private static readonly Lazy<string> Script = new(() => NodeScripts.Load("IqSite.Parse.image-variants.mjs"));
}
