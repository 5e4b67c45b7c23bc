using System.Text;
using System.Text.Unicode;
using IqSite.Diagnostics;

namespace IqSite.Discover;

/// <summary>
/// Turns the bytes of a file the build parses into text, or into an error an editor can act on:
/// every such file must be UTF-8 (a BOM is fine) and of a size a person writes by hand. Line
/// endings are normalised here, once, so every later line number means the same thing.
/// </summary>
public static class SourceText
{
    /// <summary>
    /// 1 MiB: the largest hand-written file of the site (taxonomies.yml) is about 15 KB, a long page
    /// under 10 KB. A file a hundred times that size is a pasted export or the wrong file, and
    /// would only make every stage slow.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    private const string SaveAsUtf8 = "save it as 'UTF-8' (in the editor's 'Save as' dialog or its status bar)";

    /// <returns>The file with its text; null, with an error, when it cannot be read as text.</returns>
    public static SourceFile? Read(FileInfo file, SourceKind kind, string path, string displayPath, DiagnosticBag diagnostics) =>
        Load(file, displayPath, diagnostics) switch
        {
            { Utf8: { } bytes } => SourceFile.OfUtf8(kind, path, file.FullName, displayPath, bytes),
            { Text: { } text } => new SourceFile(kind, path, file.FullName, displayPath, text),
            _ => null,
        };

    /// <returns>
    /// The file's bytes where they are its text as they are (valid UTF-8 without a byte order mark,
    /// NUL or carriage return), else its decoded text; null, with an error, when it cannot be read as text.
    /// </returns>
    internal static (byte[]? Utf8, string? Text)? Load(FileInfo file, string displayPath, DiagnosticBag diagnostics)
    {
        var length = file.Length;
        if (length > MaxBytes)
        {
            diagnostics.Error(displayPath, 1, 1,
                $"the file is {(length + 1023) / 1024} KB; text files are limited to {MaxBytes / 1024} KB: split it into several files, or check that it is the file you meant to add");
            return null;
        }
        var bytes = File.ReadAllBytes(file.FullName);
        // Most files are their text as it is: kept as bytes, decoded when first asked for (SourceFile.Text).
        if (Utf8.IsValid(bytes) && !bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) && bytes.AsSpan().IndexOfAny((byte)'\r', (byte)0) < 0)
            return (bytes, null);
        return Decode(bytes, displayPath, diagnostics) is { } text ? (null, text) : null;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith<byte>([0xFF, 0xFE]) || bytes.StartsWith<byte>([0xFE, 0xFF]))
        {
            diagnostics.Error(displayPath, 1, 1, $"the file is saved as UTF-16, which the site cannot read: {SaveAsUtf8}");
            return null;
        }
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];

        if (!Utf8.IsValid(bytes))
        {
            // The text up to the first byte that is not UTF-8 says where it is.
            var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
            Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
            var (line, column) = EndOf(Normalise(new string(chars, 0, written)));
            diagnostics.Error(displayPath, line, column,
                $"the file is not valid UTF-8 here (it was probably saved as 'ANSI', 'Windows-1252' or 'ISO-8859-1'): {SaveAsUtf8}, then check this character");
            return null;
        }
        // Valid, so decoded straight into the string: a buffer per file was 150 MB of garbage at N=5000.
        var text = Normalise(Encoding.UTF8.GetString(bytes));
        if (text.IndexOf('\0') is var nul and >= 0)
        {
            var (line, column) = EndOf(text[..nul]);
            diagnostics.Error(displayPath, line, column,
                $"the file contains a NUL character, so it is UTF-16 without a byte order mark or not a text file: {SaveAsUtf8}");
            return null;
        }
        return text;
    }

    private static string Normalise(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    // The position just after the text, where the first character that could not be read would stand.
    private static (int Line, int Column) EndOf(string text)
    {
        var lastBreak = text.LastIndexOf('\n');
        return (text.Count(c => c == '\n') + 1, text.Length - lastBreak);
    }
}
