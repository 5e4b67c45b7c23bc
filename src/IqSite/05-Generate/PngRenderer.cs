using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IqSite.Generate;

/// <summary>
/// SVG → PNG at twice the size, through sharp (npm, pinned in package-lock.json) run by Node.
/// Results are cached by the SVG's content hash in .iqsite-cache/png/, so an unchanged chart is
/// never rendered again; PNG bytes depend only on the SVG and the pinned sharp version.
/// </summary>
public sealed class PngRenderer(string cacheDirectory)
{
    /// <summary>Bump when the rendering settings in svg-to-png.js change, so old cache entries are not reused.</summary>
    private const string Settings = "sharp-0.35.5;density=144;white;compression=9";

    private static readonly Lazy<string> Script = new(() => NodeScripts.Load("IqSite.svg-to-png.js"));

    public int CacheHits { get; private set; }

    public int Rendered { get; private set; }

    /// <returns>PNG bytes per SVG text, in the order given; or an error message for the build.</returns>
    public (IReadOnlyList<byte[]> Pngs, string? Error) Render(IReadOnlyList<string> svgs, string startFolder)
    {
        var folder = Path.Combine(cacheDirectory, "png");
        Directory.CreateDirectory(folder);
        var paths = svgs.Select(svg => Path.Combine(folder, Hash(svg) + ".png")).ToArray();
        var missing = Enumerable.Range(0, svgs.Count).Where(i => !File.Exists(paths[i])).DistinctBy(i => paths[i]).ToArray();
        CacheHits = svgs.Count - missing.Length;
        Rendered = missing.Length;
        if (missing.Length > 0 && RenderMissing(missing.Select(i => (svgs[i], paths[i])).ToArray(), startFolder) is { } error)
            return ([], error);
        return ([.. paths.Select(File.ReadAllBytes)], null);
    }

    private static string? RenderMissing((string Svg, string Png)[] jobs, string startFolder)
    {
        var root = NodePackages.Root("sharp", startFolder);
        if (root is null)
            return "PNG downloads need the npm package sharp: run 'npm install' in the project folder (Node.js 20 or newer)";
        var work = Directory.CreateTempSubdirectory("iqsite-png-").FullName;
        try
        {
            var manifest = jobs.Select((job, i) =>
            {
                var svg = Path.Combine(work, $"{i}.svg");
                File.WriteAllText(svg, job.Svg);
                // Written beside the cache entry under a name of its own and renamed: a killed build leaves
                // no half PNG in the cache, and two builds filling the same cache do not collide.
                return new { svg, png = $"{job.Png}.{Guid.NewGuid():N}.tmp", final = job.Png };
            }).ToArray();
            var (exitCode, _, stderr) = NodeScripts.Run(root, Script.Value, JsonSerializer.Serialize(manifest.Select(m => new { m.svg, m.png })), module: false);
            if (exitCode != 0) return $"sharp could not render the chart PNGs: {stderr.Trim()}";
            foreach (var m in manifest) File.Move(m.png, m.final, overwrite: true);
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "PNG downloads need Node.js ('node' was not found on the PATH)";
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Hash(string svg) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Settings + "\n" + svg)));
}
