using System.Collections.Immutable;
using System.Globalization;
using IqSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace IqSite.Parse;

/// <summary>
/// Reads typed values out of a YAML mapping and reports, with file:line:col, every missing
/// key, wrong type and unknown key. The schema is the set of keys a parser asks for:
/// whatever it did not ask for is unknown when <see cref="RejectUnknownKeys"/> runs.
/// </summary>
internal sealed class YamlMapReader(YamlMappingNode node, YamlContext context)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMappingNode Node => node;

    public YamlContext Context => context;

    public SourceLocation Location => context.At(node);

    /// <summary>False once any value of this mapping was missing or malformed.</summary>
    public bool IsValid { get; private set; } = true;

    public Located<string>? String(string key, bool required)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is not YamlScalarNode scalar || IsNull(scalar))
        {
            Fail(value, $"'{key}' must be text");
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(scalar.Value))
        {
            Fail(value, $"'{key}' is empty: fill it in");
            return null;
        }
        return new Located<string>(scalar.Value!.Trim(), context.At(scalar));
    }

    public string RequiredText(string key) => String(key, required: true)?.Value ?? "";

    public string? OptionalText(string key) => String(key, required: false)?.Value;

    public ImmutableArray<Located<string>> StringList(string key, bool required)
    {
        var value = Value(key, required);
        if (value is null) return [];
        if (value is not YamlSequenceNode sequence)
        {
            Fail(value, $"'{key}' must be a list, e.g. [a, b]");
            return [];
        }
        if (required && sequence.Children.Count == 0) Fail(value, $"'{key}' must name at least one entry");
        var items = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text } && !IsNull((YamlScalarNode)item))
                items.Add(new Located<string>(text.Trim(), context.At(item)));
            else
                Fail(item, $"entries of '{key}' must be text");
        }
        return items.ToImmutable();
    }

    public YamlMapReader? Map(string key, bool required)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlMappingNode map) return new YamlMapReader(map, context);
        Fail(value, $"'{key}' must be a mapping of 'key: value' lines");
        return null;
    }

    public IReadOnlyList<YamlMapReader> MapList(string key, bool required)
    {
        var value = Value(key, required);
        if (value is null) return [];
        if (value is not YamlSequenceNode sequence)
        {
            Fail(value, $"'{key}' must be a list");
            return [];
        }
        var maps = new List<YamlMapReader>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map) maps.Add(new YamlMapReader(map, context));
            else Fail(item, $"entries of '{key}' must be mappings of 'key: value' lines");
        }
        return maps;
    }

    public Located<DateOnly>? Date(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Located<DateOnly>(date, text.Location);
        IsValid = false;
        context.Diagnostics.Error(text.Location, System.Text.RegularExpressions.Regex.IsMatch(text.Value, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
            ? $"'{key}' names a day that does not exist: '{text.Value}'"
            : $"'{key}' must be a date written YYYY-MM-DD, found '{text.Value}'");
        return null;
    }

    public bool Bool(string key)
    {
        var text = String(key, required: false);
        if (text is null) return false;
        if (bool.TryParse(text.Value, out var value)) return value;
        IsValid = false;
        context.Diagnostics.Error(text.Location, $"'{key}' must be true or false, found '{text.Value}'");
        return false;
    }

    public int Int(string key, int fallback, int min, int max)
    {
        var text = String(key, required: false);
        if (text is null) return fallback;
        if (int.TryParse(text.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        IsValid = false;
        context.Diagnostics.Error(text.Location, $"'{key}' must be a whole number from {min} to {max}, found '{text.Value}'");
        return fallback;
    }

    /// <summary>A mapping of language code to text, e.g. <c>{ de: "Themen", en: "Topics" }</c>.</summary>
    public ImmutableDictionary<string, string> Localized(string key, bool required, IReadOnlyCollection<string> languages)
    {
        var map = Map(key, required);
        if (map is null) return ImmutableDictionary<string, string>.Empty;
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var text = map.String(language, required);
            if (text is not null) result[language] = text.Value;
        }
        map.RejectUnknownKeys(" (languages are configured in site.yml)");
        if (!map.IsValid) IsValid = false;
        return result.ToImmutable();
    }

    /// <summary>Entries of a mapping whose keys are data (term keys, UI string keys), not schema.</summary>
    public IEnumerable<(Located<string> Key, YamlNode Value)> Entries()
    {
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } name })
            {
                _known.Add(name);
                yield return (new Located<string>(name, context.At(key)), value);
            }
            else
            {
                Fail(key, "keys must be plain text");
            }
        }
    }

    public void RejectUnknownKeys(string hint = "")
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (_known.Contains(name)) continue;
            IsValid = false;
            context.Error(key, $"unknown key '{name}'{Suggestions.DidYouMean(name, _known)}{hint}");
        }
    }

    /// <summary>Marks a nested reader's problems as this mapping's, so the whole document is invalid.</summary>
    public void Absorb(YamlMapReader? nested)
    {
        if (nested is { IsValid: false }) IsValid = false;
    }

    private YamlNode? Value(string key, bool required)
    {
        _known.Add(key);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            if (value is YamlScalarNode scalar && IsNull(scalar))
            {
                // `key:` with nothing after it, as scaffolded files leave it: a field still to fill in.
                if (required) Fail(value, $"'{key}' is empty: fill it in");
                return null;
            }
            return value;
        }
        if (required)
        {
            IsValid = false;
            context.Diagnostics.Error(Location, $"missing required key '{key}'");
        }
        return null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    public void Fail(YamlNode at, string message)
    {
        IsValid = false;
        context.Error(at, message);
    }

    public void Fail(SourceLocation at, string message)
    {
        IsValid = false;
        context.Diagnostics.Error(at, message);
    }
}
