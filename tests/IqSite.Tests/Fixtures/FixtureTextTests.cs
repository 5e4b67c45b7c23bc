namespace IqSite.Tests.Fixtures;

public sealed class FixtureTextTests
{
    [Fact]
    public void Fixture_text_is_split_into_files_at_path_lines()
    {
        var files = FixtureText.Parse("""
            -- input/a.md --
            ---
            title: A
            ---

            -- input/b/c.yml --
            key: value
            """);

        Assert.Equal([("input/a.md", "---\ntitle: A\n---\n"), ("input/b/c.yml", "key: value\n")], files);
    }

    [Fact]
    public void Later_block_for_the_same_path_replaces_the_earlier()
    {
        var files = FixtureText.Parse("-- a.txt --\nold\n-- b.txt --\nb\n-- a.txt --\nnew\n");

        Assert.Equal([("a.txt", "new\n"), ("b.txt", "b\n")], files);
    }

    [Fact]
    public void Text_before_the_first_path_line_is_rejected()
    {
        Assert.Throws<FormatException>(() => FixtureText.Parse("stray\n-- a.txt --\nA\n"));
    }
}
