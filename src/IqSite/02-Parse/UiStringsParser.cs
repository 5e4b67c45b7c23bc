using System.Collections.Immutable;
using IqSite.Discover;
using IqSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace IqSite.Parse;

/// <summary>
/// Reads one flat 'key: text' file per configured language. Every language must carry every key
/// any language has, and every key the pipeline itself uses, so no page ever shows a raw key or
/// an empty label.
/// </summary>
public static class UiStringsParser
{
    public static UiStrings? Parse(IEnumerable<SourceFile> files, SiteConfig config, string themeDisplay, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var byFile = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f.Path), StringComparer.Ordinal);
        var parsed = new Dictionary<string, (SourceFile File, Dictionary<string, string> Strings)>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            if (!byFile.TryGetValue(language.Code, out var file))
            {
                diagnostics.Error($"{themeDisplay}/i18n/{language.Code}.yml", 1, 1,
                    $"UI strings for the configured language '{language.Code}' are missing (copy i18n/{config.DefaultLanguage}.yml and translate it)");
                continue;
            }
            var context = new YamlContext(file.DisplayPath, 0, diagnostics);
            var root = context.LoadMapping(file.Text!);
            if (root is null) continue;
            var reader = new YamlMapReader(root, context);
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in reader.Entries())
            {
                if (value is YamlScalarNode { Value: { Length: > 0 } text })
                    strings[key.Value] = text;
                else
                    context.Diagnostics.Error(key.Location, $"UI string '{key.Value}' must be non-empty text");
            }
            parsed[language.Code] = (file, strings);
        }

        var allKeys = parsed.Values.SelectMany(p => p.Strings.Keys).Concat(UiStringKeys.Required).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, (file, strings)) in parsed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var missing = allKeys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                diagnostics.Error(file.DisplayPath, 1, 1, $"missing UI strings: {string.Join(", ", missing)}");
        }
        if (diagnostics.ErrorCount != errorsBefore) return null;
        return new UiStrings(parsed.ToImmutableDictionary(
            p => p.Key,
            p => p.Value.Strings.ToImmutableDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal));
    }
}
