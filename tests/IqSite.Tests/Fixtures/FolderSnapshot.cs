using System.Security.Cryptography;

namespace IqSite.Tests.Fixtures;

/// <summary>Every file under a folder with the SHA-256 of its bytes, keyed by '/'-separated relative path.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Take(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return files;
    }

    /// <summary>One hash over all paths and contents, for comparing a whole tree at once.</summary>
    public static string Hash(string folder) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', Take(folder).Select(f => $"{f.Key} {f.Value}")))));
}
