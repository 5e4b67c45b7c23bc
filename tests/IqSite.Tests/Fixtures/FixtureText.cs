namespace IqSite.Tests.Fixtures;

/// <summary>
/// Hugo-style inline fixtures: one text holding several files, each introduced by a line
/// '-- path/to/file --'. A later block for the same path replaces the earlier one, so a test
/// can start from <see cref="SiteFiles.Base"/> and override a single file.
/// </summary>
internal static class FixtureText
{
    public static IReadOnlyList<(string Path, string Text)> Parse(string fixture)
    {
        var files = new List<(string Path, List<string> Lines)>();
        foreach (var line in fixture.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
                files.Add((line[3..^3].Trim(), []));
            else if (files.Count > 0)
                files[^1].Lines.Add(line);
            else if (line.Trim().Length > 0)
                throw new FormatException($"fixture text before the first '-- path --' line: '{line}'");
        }
        // Each file ends with exactly one newline, however many blank lines separate the blocks.
        return [.. files
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join('\n', g.Last().Lines).TrimEnd('\n') + "\n"))];
    }
}
