using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Discover;
using IqSite.Diagnostics;

namespace IqSite.Parse;

public static partial class SiteConfigParser
{
    public static SiteConfig? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var context = new YamlContext(file.DisplayPath, 0, diagnostics);
        var root = context.LoadMapping(file.Text!);
        if (root is null) return null;
        var reader = new YamlMapReader(root, context);

        var languages = ImmutableArray.CreateBuilder<LanguageConfig>();
        // Every named code counts as configured, even when that language has another mistake:
        // otherwise its titles would be reported as unknown keys too.
        var named = new List<string>();
        foreach (var entry in reader.MapList("languages", required: true))
        {
            var language = ParseLanguage(entry, named);
            reader.Absorb(entry);
            if (language is null) continue;
            if (languages.Any(l => l.Code == language.Code))
                diagnostics.Error(entry.Location, $"language '{language.Code}' is configured twice");
            else
                languages.Add(language);
        }
        var codes = named.Distinct().ToArray();

        var baseUrl = reader.String("base_url", required: true);
        if (baseUrl is not null && !Uri.TryCreate(baseUrl.Value, UriKind.Absolute, out _))
            diagnostics.Error(baseUrl.Location, $"'base_url' must be an absolute URL such as https://example.org/, found '{baseUrl.Value}'");

        var defaultLanguage = reader.String("default_language", required: true);
        if (defaultLanguage is not null && codes.Length > 0 && !codes.Contains(defaultLanguage.Value))
            diagnostics.Error(defaultLanguage.Location, $"'default_language' must be one of the configured languages ({string.Join(", ", codes)})");

        CheckFallbacks(languages, defaultLanguage?.Value ?? "", diagnostics);
        var contactEmail = reader.String("contact_email", required: false);
        if (contactEmail is not null && !System.Net.Mail.MailAddress.TryCreate(contactEmail.Value, out _))
            diagnostics.Error(contactEmail.Location, $"'contact_email' must be an e-mail address, found '{contactEmail.Value}'");
        var menus = reader.Map("menus", required: true);
        var config = new SiteConfig
        {
            Title = reader.Localized("title", required: true, codes),
            Description = reader.Localized("description", required: true, codes),
            BaseUrl = baseUrl is null ? "/" : baseUrl.Value.TrimEnd('/') + "/",
            DefaultLanguage = defaultLanguage?.Value ?? "",
            PageSize = reader.Int("page_size", fallback: 10, min: 1, max: 500),
            Languages = languages.ToImmutable(),
            MainMenu = menus?.StringList("main", required: true) ?? [],
            FooterMenu = menus?.StringList("footer", required: true) ?? [],
            ContactEmail = contactEmail,
        };
        menus?.RejectUnknownKeys();
        reader.Absorb(menus);
        reader.RejectUnknownKeys();
        return reader.IsValid && diagnostics.ErrorCount == errorsBefore ? config : null;
    }

    private static LanguageConfig? ParseLanguage(YamlMapReader entry, List<string> named)
    {
        var code = entry.String("code", required: true);
        if (code is not null) named.Add(code.Value);
        var name = entry.RequiredText("name");
        var direction = entry.String("direction", required: true);
        var culture = entry.String("culture", required: true);
        var sectionsMap = entry.Map("sections", required: true);
        var fallback = entry.StringList("fallback", required: false);
        var sections = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (sectionsMap is not null)
        {
            foreach (var key in SectionKeys.All.Concat(SectionKeys.Optional))
            {
                var segment = sectionsMap.String(key, required: !SectionKeys.Optional.Contains(key));
                if (segment is null) continue;
                if (!SlugPattern().IsMatch(segment.Value))
                    entry.Context.Diagnostics.Error(segment.Location, $"URL segment '{segment.Value}' must be lowercase ASCII letters, digits and hyphens");
                sections[key] = segment.Value;
            }
            sectionsMap.RejectUnknownKeys();
            entry.Absorb(sectionsMap);
        }
        entry.RejectUnknownKeys();

        if (code is not null && !LanguageCodePattern().IsMatch(code.Value))
            entry.Context.Diagnostics.Error(code.Location, $"'code' must be a lowercase language code such as 'de' or 'en', found '{code.Value}'");
        if (direction is not null && direction.Value is not ("ltr" or "rtl"))
            entry.Context.Diagnostics.Error(direction.Location, $"'direction' must be 'ltr' or 'rtl', found '{direction.Value}'");
        CultureInfo? cultureInfo = null;
        if (culture is not null)
        {
            try
            {
                cultureInfo = WithGregorianCalendar(CultureInfo.GetCultureInfo(culture.Value, predefinedOnly: true));
            }
            catch (CultureNotFoundException)
            {
                entry.Context.Diagnostics.Error(culture.Location, $"'culture' '{culture.Value}' is not a known culture such as 'de-DE'");
            }
        }
        if (!entry.IsValid || code is null || direction is null || cultureInfo is null) return null;
        return new LanguageConfig
        {
            Code = code.Value,
            Name = name,
            Direction = direction.Value == "rtl" ? TextDirection.Rtl : TextDirection.Ltr,
            Culture = cultureInfo,
            Sections = sections.ToImmutable(),
            Fallback = fallback,
            Location = code.Location,
        };
    }

    /// <summary>Every language of a fallback chain must be configured, and a language does not fall back to itself.</summary>
    private static void CheckFallbacks(IReadOnlyList<LanguageConfig> languages, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var codes = languages.Select(l => l.Code).ToArray();
        foreach (var language in languages)
            foreach (var code in language.Fallback)
            {
                if (code.Value == language.Code)
                    diagnostics.Error(code.Location, $"language '{language.Code}' cannot fall back to itself");
                else if (!codes.Contains(code.Value))
                    diagnostics.Error(code.Location, $"'fallback' names '{code.Value}', which is not a configured language{Diagnostics.Suggestions.DidYouMean(code.Value, codes)}");
            }
    }

    /// <summary>
    /// Dates are written in the Gregorian calendar in every language (fa-IR defaults to the Solar
    /// Hijri calendar, ar-SA to Umm al-Qura): the programme's dates are German administrative dates,
    /// and readers compare them across languages. Digits stay Latin, as .NET writes them.
    /// </summary>
    private static CultureInfo WithGregorianCalendar(CultureInfo culture)
    {
        if (culture.Calendar is GregorianCalendar) return culture;
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (gregorian is null) return culture;
        var copy = (CultureInfo)culture.Clone();
        copy.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(copy);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageCodePattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();
}
