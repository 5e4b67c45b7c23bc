namespace IqSite.Generate;

/// <summary>
/// A file of the finished site: its path under output/ ('/' separators) and either its bytes
/// or the source file to copy (static files and theme assets are copied, not loaded).
/// </summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);
}
