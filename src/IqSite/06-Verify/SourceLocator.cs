using System.Net;
using IqSite.Assemble;
using IqSite.Diagnostics;

namespace IqSite.Verify;

/// <summary>
/// Finds where an editor wrote a URL: the page's own Markdown file, at the line and column of
/// the URL's first occurrence. Links that appear in no content file were written by the theme.
/// </summary>
internal static class SourceLocator
{
    public static SourceLocation? Find(Page? page, string url)
    {
        var source = page?.Document?.Source;
        if (source?.Text is not { } text || url.Length == 0) return null;
        foreach (var candidate in new[] { url, WebUtility.HtmlEncode(url), Unescape(url) }.Distinct())
        {
            var index = text.IndexOf(candidate, StringComparison.Ordinal);
            if (index < 0) continue;
            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
            if (index > 0 && text[index - 1] == '\n') column = 1;
            return new SourceLocation(source.DisplayPath, line, column);
        }
        return null;
    }

    private static string Unescape(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }
}
