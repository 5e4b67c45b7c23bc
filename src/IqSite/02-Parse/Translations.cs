using System.Security.Cryptography;
using System.Text;

namespace IqSite.Parse;

/// <summary>Which version of its source a translation translates: a short hash of the source file's text.</summary>
public static class Translations
{
    public const string Key = "translation_of";

    /// <summary>The first 16 hex digits of the SHA-256 of the file's text (line endings already normalised by Discover).</summary>
    public static string SourceHash(ParsedDocument source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.Source.Text ?? "")))[..16];

    public enum Status { UpToDate, Outdated, Unmarked, Missing }

    /// <param name="Path">The translation's file, or for a missing one the source's.</param>
    public sealed record Entry(string Language, ContentKind Kind, string Key, string Path, Status Status);

    /// <summary>
    /// Every document of the default language, in every other language: translated and up to date,
    /// outdated (its source changed after it was marked), unmarked (never marked) or missing.
    /// </summary>
    public static IReadOnlyList<Entry> Report(IReadOnlyList<ParsedDocument> documents, SiteConfig config)
    {
        var sources = documents.Where(d => d.Language == config.DefaultLanguage).OrderBy(d => d.Source.Path, StringComparer.Ordinal).ToArray();
        var byKey = documents.ToLookup(d => (d.Language, d.Kind, d.Key));
        var entries = new List<Entry>();
        foreach (var language in config.Languages.Where(l => l.Code != config.DefaultLanguage))
            foreach (var source in sources)
            {
                var translation = byKey[(language.Code, source.Kind, source.Key)].FirstOrDefault();
                var status = translation is null ? Status.Missing
                    : translation.FrontMatter.TranslationOf is not { } mark ? Status.Unmarked
                    : mark.Value == SourceHash(source) ? Status.UpToDate
                    : Status.Outdated;
                entries.Add(new Entry(language.Code, source.Kind, source.Key, (translation ?? source).Source.DisplayPath, status));
            }
        return entries;
    }
}
