using IqSite.Discover;

namespace IqSite.Tests.Hardening;

/// <summary>
/// One class of malformed input: the fixture in Malformed/ written at <see cref="SitePath"/> of
/// the smallest site. <see cref="Expected"/> is text the error must contain; null means the file
/// must simply work.
/// </summary>
public sealed record MalformedCase(string Class, string Fixture, string SitePath, string? Expected, Func<byte[], byte[]>? Prepare = null);

internal static class MalformedCases
{
    public static string Folder => Path.Combine(IqSite.Tests.Fixtures.RepoRoot.TestProject, "Hardening", "Malformed");

    private const string Page = "input/content/pages/impressum.de.md";

    private static string Figure(string id) => $"input/figures/{id}.json";

    public static readonly MalformedCase[] All =
    [
        new("Invalid UTF-8", "invalid-utf8.de.md", Page, "is not valid UTF-8"),
        new("UTF-16", "utf16.de.md", Page, "saved as UTF-16"),
        new("UTF-8 byte order mark", "utf8-bom.de.md", Page, null),
        new("CRLF line endings", "crlf.de.md", Page, null),
        new("Tabs in YAML", "tabs-in-yaml.de.md", Page, "indent with spaces"),
        new("Duplicate key (YAML)", "duplicate-key.de.md", Page, "appears twice"),
        new("Duplicate key (JSON)", "json-duplicate-key.json", Figure("json-duplicate-key"), "already exists"),
        new("YAML alias bomb", "yaml-alias-bomb.de.md", Page, $"more than {IqSite.Parse.YamlLimits.MaxValues} values"),
        new("YAML alias inside its own anchor", "yaml-alias-cycle.de.md", Page, "inside the value '&titel' it repeats"),
        new("Circular language fallback", "fallback-cycle.yml", "input/site.yml", null),
        new("Unknown key", "unknown-key.de.md", Page, "unknown key 'sulg' (did you mean 'slug'?)"),
        new("Wrong types", "wrong-type.de.md", Page, "'draft' must be true or false"),
        new("Date in a wrong format (YAML)", "date-format.de.md", Page, "must be a date written YYYY-MM-DD"),
        new("Day that does not exist (YAML)", "impossible-date.de.md", Page, "names a day that does not exist"),
        new("Day that does not exist (JSON)", "json-impossible-date.json", Figure("json-impossible-date"), "is not a day that exists"),
        new("Huge file", "huge-file.de.md", Page, $"limited to {SourceText.MaxBytes / 1024} KB", PadBeyondLimit),
        new("Empty Markdown file", "empty-file.de.md", Page, "expected front matter"),
        new("Empty YAML file", "empty-site.yml", "input/site.yml", "missing required key 'languages'"),
        new("Front matter without closing ---", "unclosed-front-matter.de.md", Page, "front matter is not closed"),
        new("JSON trailing comma", "json-trailing-comma.json", Figure("json-trailing-comma"), "remove the comma"),
        new("JSON NaN", "json-nan.json", Figure("json-nan"), "NaN is not a number"),
        new("JSON comment", "json-comment.json", Figure("json-comment"), "JSON allows no comments"),
        new("Deeply nested Markdown (quotes)", "deep-markdown.de.md", Page, "nested too deeply"),
        new("Deeply nested Markdown (emphasis)", "deep-emphasis.de.md", Page, "nested too deeply"),
        new("Deeply nested YAML", "deep-yaml.de.md", Page, $"nested more than {IqSite.Parse.YamlLimits.MaxDepth} levels"),
        new("Deeply nested JSON", "json-deep.json", Figure("json-deep"), "nested more than 64 levels deep"),
        // Found by ParseProperties: YamlDotNet threw without a position, or gave one past the last line.
        new("Unclosed { in YAML", "yaml-unclosed-brace.de.md", Page, "check that every [, { and \" is closed"),
        new("YAML alias right after ]", "yaml-alias-after-bracket.de.md", Page, "nothing follows ] or }"),
        new("YAML ending inside a bracket, without a final line break", "yaml-ends-inside-bracket.yml", "input/taxonomies.yml", "YAML syntax error"),
        new("Two files mapping to one URL", "duplicate-url.de.md", Page, "duplicate URL /de/ueber-uns/"),
    ];

    // By name, so each case is a test of its own in the runner.
    public static TheoryData<string> Fixtures => [.. All.Select(c => c.Fixture)];

    public static byte[] Bytes(MalformedCase c)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, c.Fixture));
        return c.Prepare?.Invoke(bytes) ?? bytes;
    }

    // A 1 MiB fixture would bloat the repository; the test makes the small page big instead.
    private static byte[] PadBeyondLimit(byte[] page)
    {
        var line = "Ein Absatz, der sich wiederholt, bis die Datei zu groß ist.\n"u8.ToArray();
        var padded = new List<byte>(page);
        while (padded.Count <= SourceText.MaxBytes) padded.AddRange(line);
        return [.. padded];
    }
}
