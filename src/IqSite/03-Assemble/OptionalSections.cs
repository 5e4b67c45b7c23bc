using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>URL segments a language needs only when it has the content they name.</summary>
internal static class OptionalSections
{
    /// <returns>The language's root URL of the section, e.g. /de/netzwerke/, or null after reporting that site.yml lacks it.</returns>
    public static string? Root(LanguageConfig language, string section, string content, DiagnosticBag diagnostics)
    {
        if (language.Sections.TryGetValue(section, out var segment)) return $"/{language.Code}/{segment}/";
        diagnostics.Error(language.Location, $"language '{language.Code}' has {content} but no URL segment for them: add '{section}: …' under its 'sections'");
        return null;
    }
}
