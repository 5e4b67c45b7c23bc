using System.Buffers;
using System.Text;
using System.Text.Json;
using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Parse;
using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Parse;

/// <summary>The build cache keeps parsed front matter as JSON; what it gives back must be what the YAML gave.</summary>
public sealed class FrontMatterJsonTests
{
    [Fact]
    public void Every_kind_of_front_matter_has_a_name_in_the_cache()
    {
        var kinds = typeof(FrontMatter).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(FrontMatter)) && !t.IsAbstract);

        Assert.Equal(kinds.Select(t => t.Name).Order(), FrontMatterJson.Kinds.Select(t => t.Name).Order());
    }

    [Fact]
    public void The_sample_sites_front_matter_of_every_kind_reads_back_as_the_YAML_gave_it()
    {
        var options = new BuildOptions { InputDirectory = RepoRoot.Input, ThemeDirectory = RepoRoot.Theme, OutputDirectory = Path.Combine(Path.GetTempPath(), "unused"), DisplayRoot = RepoRoot.Path };
        var diagnostics = new DiagnosticBag();
        var documents = ParseStage.Run(SourceDiscovery.Run(options, diagnostics), options, diagnostics).Documents;
        Assert.Empty(diagnostics.Sorted());

        foreach (var document in documents)
        {
            var file = document.Source.DisplayPath;
            var json = Write(document.FrontMatter, file);
            var read = Read(json, file);
            Assert.Equal(document.FrontMatter.GetType(), read.GetType());
            // Every property is written, so a value lost on the way back would write differently.
            Assert.Equal(json, Write(read, file));
            Assert.DoesNotContain(file, json, StringComparison.Ordinal);
            Assert.Equal(document.FrontMatter.Title, read.Title);
            Assert.Equal(document.FrontMatter.Slug, read.Slug);
        }
        // Each kind is in the sample, so each went through the cache's JSON above.
        Assert.Equal(FrontMatterJson.Kinds.Select(t => t.Name).Order(), documents.Select(d => d.FrontMatter.GetType().Name).Distinct().Order());
        var (sheet, path) = documents.Where(d => d.FrontMatter is GoodPracticeFrontMatter).Select(d => ((GoodPracticeFrontMatter)d.FrontMatter, d.Source.DisplayPath)).First();
        var again = Assert.IsType<GoodPracticeFrontMatter>(Read(Write(sheet, path), path));
        Assert.Equal(sheet.Network, again.Network);
        Assert.Equal(sheet.Topics.AsEnumerable(), again.Topics.AsEnumerable());
        Assert.Equal(sheet.Published, again.Published);
        Assert.Equal(sheet.Contact, again.Contact);
        Assert.Same(path, again.Network.Location.File);
    }

    [Fact]
    public void A_location_in_another_file_keeps_its_file()
    {
        var page = new PageFrontMatter { Title = "T", Slug = new("s", new SourceLocation("input/a.de.md", 2, 7)), TranslationOf = new("h", new SourceLocation("input/b.de.md", 3, 1)) };

        var read = Read(Write(page, "input/a.de.md"), "input/a.de.md");

        Assert.Equal(page.Slug, read.Slug);
        Assert.Equal(page.TranslationOf, read.TranslationOf);
    }

    private static string Write(FrontMatter frontMatter, string file)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) FrontMatterJson.Write(writer, frontMatter, file);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static FrontMatter Read(string json, string file) => FrontMatterJson.Read(Encoding.UTF8.GetBytes(json), file);
}
