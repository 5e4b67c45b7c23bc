using IqSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IqSite.Parse;

/// <summary>
/// Where a YAML text sits in its file: front matter starts on line 2, so every YamlDotNet mark
/// is shifted by <see cref="LineOffset"/> to give the line an editor sees.
/// </summary>
internal sealed record YamlContext(string File, int LineOffset, DiagnosticBag Diagnostics)
{
    public SourceLocation At(Mark mark) => new(File, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public void Error(YamlNode node, string message) => Diagnostics.Error(At(node), message);

    /// <summary>Loads one YAML document whose root must be a mapping; reports syntax errors with position.</summary>
    public YamlMappingNode? LoadMapping(string text)
    {
        var stream = new YamlStream();
        var events = new YamlLimits(new Parser(new StringReader(text)));
        try
        {
            stream.Load(events);
        }
        catch (YamlLimitExceeded ex)
        {
            Diagnostics.Error(Within(text, ex.Start), Tidy(ex.Message));
            return null;
        }
        // YamlDotNet fails this way, without a position, on some unclosed { [ and on an alias right
        // after a closing bracket, as ParseProperties found.
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException && ex.Source == "YamlDotNet")
        {
            Diagnostics.Error(Within(text, events.End), "YAML syntax error: the text after this point cannot be read: check that every [, { and \" is closed and nothing follows ] or }");
            return null;
        }
        catch (YamlException ex) when (ex.Message.Contains(" tab", StringComparison.Ordinal) && IndentingTab(text) is { } tab)
        {
            Diagnostics.Error(tab, "YAML syntax error: a tab indents this line, and YAML allows only spaces: indent with spaces");
            return null;
        }
        catch (YamlException ex)
        {
            var detail = Tidy(ex.Message);
            if (detail.StartsWith("Duplicate key", StringComparison.Ordinal))
                detail = $"the key '{detail["Duplicate key".Length..].Trim()}' appears twice; keep one";
            Diagnostics.Error(Within(text, ex.Start), $"YAML syntax error: {detail}");
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents.Count > 1)
        {
            Diagnostics.Error(At(stream.Documents[1].RootNode), "expected one YAML document, found several");
            return null;
        }
        if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        Error(stream.Documents[0].RootNode, "expected a mapping of 'key: value' lines");
        return null;
    }

    // At the end of a text without a final line break, YamlDotNet's marks can lie on the line after it.
    private SourceLocation Within(string text, Mark mark)
    {
        var lines = text.Split('\n');
        return mark.Line <= lines.Length ? At(mark) : new SourceLocation(File, lines.Length + LineOffset, lines[^1].Length + 1);
    }

    // YamlDotNet reports a tab at the start of the enclosing mapping or value; an editor needs the tab itself.
    private SourceLocation? IndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return new SourceLocation(File, i + 1 + LineOffset, tab + 1);
        }
        return null;
    }

    // YamlDotNet prefixes messages with its own "(Line: 3, Col: 1, ...)" marks; ours already say where.
    private static string Tidy(string message)
    {
        var end = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return end > 0 ? message[(end + 3)..] : message;
    }
}
