using IqSite.Diagnostics;
using IqSite.Parse;
using IqSite.Parse.Images;

namespace IqSite.Assemble;

/// <summary>
/// Files named in front matter (covers, photos, PDFs) live beside the Markdown file that names
/// them. A name that is not there, or not the right kind of file, is an error where it is written.
/// </summary>
internal sealed class FolderFiles(ParseResult parsed, DiagnosticBag diagnostics)
{
    public ContentImage? Image(ParsedDocument document, Located<string> name)
    {
        if (Path(document, name) is not { } path) return null;
        if (parsed.Images.TryGetValue(path, out var image)) return image;
        if (!ContentImage.IsImagePath(path))
            diagnostics.Error(name.Location, $"'{name.Value}' is not an image: use a JPEG, PNG, WebP or SVG file");
        // else: ImageProcessor has reported why the image could not be read.
        return null;
    }

    /// <summary>A download with the facts its link shows: format, size and, for a PDF, page count.</summary>
    public FileDownload? Download(ParsedDocument document, Located<string> name)
    {
        if (Path(document, name) is not { } path) return null;
        var info = parsed.ContentFiles[path];
        var extension = System.IO.Path.GetExtension(path).TrimStart('.').ToUpperInvariant();
        return new FileDownload($"/files/{path}", extension, info.Bytes, info.Pages, info.Text);
    }

    private string? Path(ParsedDocument document, Located<string> name)
    {
        var folder = document.Source.Path[..(document.Source.Path.LastIndexOf('/') + 1)];
        var path = folder + name.Value;
        if (parsed.ContentFiles.ContainsKey(path)) return path;
        var here = parsed.ContentFiles.Keys.Where(f => f.StartsWith(folder, StringComparison.Ordinal) && !f[folder.Length..].Contains('/'))
            .Select(f => f[folder.Length..]);
        diagnostics.Error(name.Location, $"'{name.Value}' is not in the folder of this file{Suggestions.DidYouMean(name.Value, here)}: upload it next to it");
        return null;
    }
}
