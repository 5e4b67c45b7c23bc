namespace IqSite.Generate;

/// <summary>
/// A file of the finished site: its path under output/ ('/' separators) and either its bytes,
/// the source file to copy (static files and theme assets are copied, not loaded) or another
/// output file it repeats.
/// </summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom, string? SameAs = null)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Bytes(string path, byte[] content) => new(path, content, null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>A file with the same bytes as the output file at <paramref name="path"/>, written before it.</summary>
    public static OutputFile Repeat(string path, string of) => new(path, null, null, of);
}
