using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace IqSite.Tests.Hardening;

/// <summary>A file for the parse properties; shown as escaped text when a property fails.</summary>
public sealed record FuzzedFile(string Path, byte[] Bytes)
{
    public override string ToString() => $"{Path}: {System.Text.Json.JsonSerializer.Serialize(Encoding.UTF8.GetString(Bytes))}";

    // Pieces of the syntaxes the parsers read and of the encodings editors' programs write; the
    // empty piece makes an edit a plain deletion.
    private static readonly byte[][] Pieces =
    [
        .. new[]
        {
            "", "---\n", "\n", "\r\n", "\r", "\t", " ", "  ", ":", ": ", "- ", "[", "]", "{", "}", ",", "\"", "'", "#",
            "&a ", "*a", "!!str ", "? ", "|\n", "> ", ">", "*", "_", "`", "\\", "NaN", "1e999", "null", "~", "\uFEFF",
            "ä", "😀", "\0", "2021-02-30", "title", "slug", "<b>", "[x](y)",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xFE, 0xFF], [0xE2, 0x82],
    ];

    private static readonly Gen<(int At, int Remove, byte[] Insert)> Edit =
        from at in Gen.Choose(0, 100_000)
        from remove in Gen.Choose(0, 8)
        from insert in Gen.Elements(Pieces)
        select (at, remove, insert);

    /// <summary>Mostly valid files with random edits, which reach deep into the parsers; sometimes random bytes.</summary>
    public static Gen<FuzzedFile> From((string Path, string Text)[] seeds)
    {
        var edited =
            from seed in Gen.Elements(seeds)
            from edits in Gen.ListOf(Edit)
            select new FuzzedFile(seed.Path, edits.Aggregate(Encoding.UTF8.GetBytes(seed.Text), Apply));
        var random =
            from seed in Gen.Elements(seeds)
            from bytes in ArbMap.Default.GeneratorFor<byte[]>()
            select new FuzzedFile(seed.Path, bytes);
        return Gen.Frequency((9, edited), (1, random));
    }

    private static byte[] Apply(byte[] bytes, (int At, int Remove, byte[] Insert) edit)
    {
        var at = edit.At % (bytes.Length + 1);
        var remove = Math.Min(edit.Remove, bytes.Length - at);
        return [.. bytes[..at], .. edit.Insert, .. bytes[(at + remove)..]];
    }
}
