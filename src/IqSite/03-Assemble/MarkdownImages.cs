using System.Collections.Immutable;
using IqSite.Diagnostics;
using IqSite.Parse;
using IqSite.Parse.Images;

namespace IqSite.Assemble;

/// <summary>
/// Images in Markdown text that name a file beside the Markdown file, <c>![text alternative](photo.jpg)</c>:
/// they become responsive pictures. Root-relative and absolute URLs are left to Verify, which checks
/// every other image of the output for its text alternative, its target and third-party hosts.
/// </summary>
public static class MarkdownImages
{
    public static void Validate(IEnumerable<ParsedDocument> published, ImmutableDictionary<string, ContentImage> images, DiagnosticBag diagnostics)
    {
        foreach (var document in published)
            foreach (var link in document.Facts.Links.Where(l => l.IsImage && IsBesideTheText(l.Url)))
            {
                // Verify cannot trace a <picture> back to this line (its URLs are the variants'), so the text alternative is checked here.
                if (string.IsNullOrWhiteSpace(link.AltText))
                    diagnostics.Error(document.Source.DisplayPath, document.FileLine(link.Line), link.Column + 1,
                        $"image '{link.Url}' has no text alternative: describe what it shows in the brackets, e.g. ![Group photo of the project team]({link.Url})");
                if (Resolve(document, link.Url!, images) is not null) continue;
                var folder = Folder(document);
                var here = images.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal) && !k[folder.Length..].Contains('/')).Select(k => k[folder.Length..]);
                diagnostics.Error(document.Source.DisplayPath, document.FileLine(link.Line), link.Column + 1,
                    $"no image '{link.Url}' next to this file{Suggestions.DidYouMean(link.Url!, here)}: upload it to {folder}");
            }
    }

    /// <summary>A relative URL such as photo.jpg: a file in the document's folder.</summary>
    private static bool IsBesideTheText(string? url) =>
        !string.IsNullOrEmpty(url) && !url.StartsWith('/') && !url.StartsWith('#') && !url.Contains(':');

    /// <summary>The image a Markdown URL names, relative to the document's folder; never outside the content folder.</summary>
    public static ContentImage? Resolve(ParsedDocument document, string url, ImmutableDictionary<string, ContentImage> images)
    {
        if (!IsBesideTheText(url)) return null;
        var path = Uri.UnescapeDataString(url);
        if (path.Split('/').Any(part => part is "" or "." or ".." || part.Contains('\\'))) return null;
        return images.GetValueOrDefault(Folder(document) + path);
    }

    private static string Folder(ParsedDocument document) => document.Source.Path[..(document.Source.Path.LastIndexOf('/') + 1)];
}
