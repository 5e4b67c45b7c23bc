using System.Text;
using IqSite.Diagnostics;

namespace IqSite.Tests.Hardening;

/// <summary>Whether a diagnostic points at a place an editor can find: a line of the file, and at most one column past its end.</summary>
internal static class DiagnosticBounds
{
    /// <param name="bytes">The file as written; read as Discover reads it, with bad bytes replaced so an unreadable file has lines too.</param>
    public static bool IsInside(byte[] bytes, SourceLocation location)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (text.StartsWith('\uFEFF')) text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = text.Split('\n');
        return location.Line >= 1 && location.Line <= lines.Length
            && location.Column >= 1 && location.Column <= lines[location.Line - 1].Length + 1;
    }
}
