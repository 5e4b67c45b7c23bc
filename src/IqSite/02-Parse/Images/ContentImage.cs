using System.Collections.Immutable;
using System.Globalization;

namespace IqSite.Parse.Images;

/// <summary>One encoded size of a content image: a file in the image cache, published under /images/.</summary>
public sealed record ImageVariant(int Width, int Height, string Format, string CacheFile);

/// <summary>
/// A picture in the content folder (JPEG, PNG, WebP or SVG) with what pages need to show it
/// responsively: its intrinsic size and, for raster images, AVIF, WebP and JPEG variants at
/// several widths. SVG is vector and is published as it is.
/// </summary>
public sealed record ContentImage(string Path, int Width, int Height, ImmutableArray<ImageVariant> Variants)
{
    public static readonly ImmutableArray<string> RasterExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    public bool IsVector => Variants.IsEmpty;

    /// <summary>The variants' formats, best compression first: the order of &lt;source&gt; elements.</summary>
    public static readonly ImmutableArray<(string Format, string MimeType)> Formats =
        [("avif", "image/avif"), ("webp", "image/webp"), ("jpeg", "image/jpeg")];

    /// <summary>content/exhibits/x/photo.jpg at 800 px as AVIF → /images/exhibits/x/photo-800.avif.</summary>
    public string Url(ImageVariant variant)
    {
        var dot = Path.LastIndexOf('.');
        var extension = variant.Format == "jpeg" ? "jpg" : variant.Format;
        return $"/images/{Path[..dot]}-{variant.Width.ToString(CultureInfo.InvariantCulture)}.{extension}";
    }

    /// <summary>The URL of an SVG, or of the largest JPEG: what browsers without srcset load.</summary>
    public string FallbackUrl => IsVector ? $"/files/{Path}" : Url(Variants.Where(v => v.Format == "jpeg").MaxBy(v => v.Width)!);

    public string SrcSet(string format) => string.Join(", ",
        Variants.Where(v => v.Format == format).OrderBy(v => v.Width).Select(v => $"{Url(v)} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));

    public static bool IsImagePath(string path) =>
        path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ||
        RasterExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
