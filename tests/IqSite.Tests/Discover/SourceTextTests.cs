using System.Text;
using IqSite.Diagnostics;
using IqSite.Discover;

namespace IqSite.Tests.Discover;

/// <summary>A text read from disk is the same text, with the same hash, whether it was kept as its bytes or decoded at once.</summary>
public sealed class SourceTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iqsite-text-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SourceFile Read(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        var diagnostics = new DiagnosticBag();
        var source = SourceText.Read(new FileInfo(path), SourceKind.Content, "good-practice/a.de.md", "input/content/good-practice/a.de.md", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return source!;
    }

    [Fact]
    public void Text_and_hash_do_not_depend_on_line_endings_byte_order_mark_or_how_the_text_was_kept()
    {
        const string text = "---\ntitle: \"Anerkennung – Beratung für Ärztinnen\"\n---\nمرحبا, Grüße.\n";
        var plain = Read("plain.md", Encoding.UTF8.GetBytes(text));
        var windows = Read("windows.md", Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        var bom = Read("bom.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);
        var fromString = new SourceFile(SourceKind.Content, "good-practice/a.de.md", "a", "a", text);

        // The hash first: for the plain file it is made from the bytes, before they are decoded.
        Assert.Equal(fromString.TextHash, plain.TextHash);
        Assert.Equal(fromString.TextHash, windows.TextHash);
        Assert.Equal(fromString.TextHash, bom.TextHash);
        Assert.Equal(new[] { text, text, text }, new[] { plain.Text!, windows.Text!, bom.Text! });
        Assert.NotEqual(fromString.TextHash, (fromString with { Text = text + "x" }).TextHash);
        Assert.NotEqual(plain.TextHash, (plain with { Path = "good-practice/b.de.md" }).TextHash);
    }

    [Fact]
    public void Text_kept_as_bytes_reads_the_same_from_many_threads_at_once()
    {
        var text = string.Concat(Enumerable.Repeat("Zeile mit Umlauten: äöü ß\n", 2000));
        for (var round = 0; round < 50; round++)
        {
            var source = Read($"{round}.md", Encoding.UTF8.GetBytes(text));
            var seen = new string?[8];
            Parallel.For(0, seen.Length, i => seen[i] = source.Text);
            Assert.All(seen, s => Assert.Equal(text, s));
        }
    }
}
