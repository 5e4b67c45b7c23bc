using System.Text.Json;

namespace IqSite.Tests.Fixtures;

/// <summary>The real sharp (npm, from the repository's node_modules) for making test images and reading what the build wrote.</summary>
internal static class Sharp
{
    public sealed record ImageInfo(int Width, int Height, string Format);

    /// <summary>A PNG of one colour; <paramref name="orientation"/> writes an EXIF orientation tag.</summary>
    public static void CreatePng(string path, int width, int height, int orientation = 1)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Run($$"""
            const { default: sharp } = await import('sharp')
            await sharp({ create: { width: {{width}}, height: {{height}}, channels: 3, background: '#3366aa' } })
              .withMetadata({ orientation: {{orientation}} }).png().toFile({{JsonSerializer.Serialize(path)}})
            """);
    }

    public static IReadOnlyList<ImageInfo> Metadata(IEnumerable<string> files) =>
        JsonSerializer.Deserialize<ImageInfo[]>(Run($$"""
            const { default: sharp } = await import('sharp')
            const out = []
            for (const file of {{JsonSerializer.Serialize(files)}}) {
              const m = await sharp(file).metadata()
              out.push({ width: m.width, height: m.height, format: m.format })
            }
            process.stdout.write(JSON.stringify(out))
            """), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    private static string Run(string script) => NodeScript.Run(script, "sharp");
}
