using System.Collections.Immutable;

namespace IqSite.Parse;

/// <summary>The theme's interface texts (themes/iq/i18n/&lt;lang&gt;.yml) per configured language.</summary>
public sealed record UiStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> ByLanguage)
{
    public ImmutableDictionary<string, string> For(string language) => ByLanguage[language];
}
