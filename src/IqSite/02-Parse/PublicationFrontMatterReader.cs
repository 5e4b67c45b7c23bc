using System.Collections.Immutable;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>Reads the front matter of newsletter series, issues and articles, network pages, exhibitions, portraits and publications.</summary>
internal static class PublicationFrontMatterReader
{
    public static SeriesFrontMatter Series(YamlMapReader reader) => new()
    {
        Title = reader.RequiredText("title"),
        Slug = ContentParser.Slug(reader, required: true),
        Description = reader.RequiredText("description"),
        Network = reader.String("network", required: false),
    };

    public static IssueFrontMatter Issue(YamlMapReader reader)
    {
        var number = reader.RequiredText("number");
        var date = reader.Date("date", required: true);
        var title = reader.RequiredText("title");
        var teaser = reader.RequiredText("teaser");
        var (cover, coverAlt) = Image(reader, "cover", "cover_alt", required: false);
        return new IssueFrontMatter
        {
            Number = number,
            Date = date ?? new Located<DateOnly>(default, reader.Location),
            Title = title,
            Teaser = teaser,
            Description = teaser,
            Cover = cover,
            CoverAlt = coverAlt,
            Pdf = FileName(reader, "pdf"),
            Draft = reader.Bool("draft"),
        };
    }

    public static ArticleFrontMatter Article(YamlMapReader reader)
    {
        var title = reader.RequiredText("title");
        var kindText = reader.String("kind", required: true);
        var kind = ArticleKind.Report;
        if (kindText is not null && !ArticleKinds.ByName.TryGetValue(kindText.Value, out kind))
            reader.Fail(kindText.Location, $"'kind' must be one of {string.Join(", ", ArticleKinds.Names)}{Suggestions.DidYouMean(kindText.Value, ArticleKinds.Names)}");
        var order = reader.String("order", required: true) is null ? 0 : reader.Int("order", 0, 1, 999);
        var teaser = reader.RequiredText("teaser");
        return new ArticleFrontMatter
        {
            Title = title,
            Kind = kind,
            Order = order,
            Authors = [.. reader.StringList("authors", required: false).Select(a => a.Value)],
            Networks = reader.StringList("networks", required: false),
            Teaser = teaser,
            Description = teaser,
            Slug = ContentParser.Slug(reader),
            Draft = reader.Bool("draft"),
        };
    }

    public static NetworkFrontMatter Network(YamlMapReader reader)
    {
        var title = reader.RequiredText("title");
        var kindText = reader.String("kind", required: true);
        var kind = kindText?.Value switch
        {
            "state-network" => NetworkKind.StateNetwork,
            "specialist-office" => NetworkKind.SpecialistOffice,
            _ => NetworkKind.StateNetwork,
        };
        if (kindText is not null && kindText.Value is not ("state-network" or "specialist-office"))
            reader.Fail(kindText.Location, $"'kind' must be state-network or specialist-office, found '{kindText.Value}'");
        var period = reader.RequiredText("period");
        var teaser = reader.RequiredText("teaser");
        var state = reader.String("state", required: kind == NetworkKind.StateNetwork);
        if (state is not null && !GermanStates.Codes.Contains(state.Value))
            reader.Fail(state.Location, $"'state' must be an ISO 3166-2 code of a German state, e.g. DE-SN{Suggestions.DidYouMean(state.Value, GermanStates.Codes)}");
        return new NetworkFrontMatter
        {
            Title = title,
            Kind = kind,
            Period = period,
            Teaser = teaser,
            Description = teaser,
            State = state,
            Coordinator = reader.OptionalText("coordinator"),
            Website = reader.OptionalText("website"),
            Figures = reader.StringList("figures", required: false),
            Slug = ContentParser.Slug(reader),
            Draft = reader.Bool("draft"),
        };
    }

    public static ExhibitFrontMatter Exhibit(YamlMapReader reader)
    {
        var title = reader.RequiredText("title");
        var teaser = reader.RequiredText("teaser");
        var (cover, coverAlt) = Image(reader, "cover", "cover_alt", required: false);
        return new ExhibitFrontMatter
        {
            Title = title,
            Teaser = teaser,
            Description = teaser,
            Venue = reader.RequiredText("venue"),
            Opening = reader.Date("opening", required: true) ?? new Located<DateOnly>(default, reader.Location),
            Organiser = reader.RequiredText("organiser"),
            Brochure = reader.String("brochure", required: false),
            Cover = cover,
            CoverAlt = coverAlt,
            Slug = ContentParser.Slug(reader),
            Draft = reader.Bool("draft"),
        };
    }

    public static PortraitFrontMatter Portrait(YamlMapReader reader)
    {
        var name = reader.RequiredText("name");
        var pseudonym = reader.Bool("pseudonym");
        var origin = reader.RequiredText("origin");
        var profession = reader.RequiredText("profession");
        var status = reader.RequiredText("status");
        var quote = reader.OptionalText("quote");
        var (photo, photoAlt) = Image(reader, "photo", "photo_alt", required: true);
        var credit = reader.RequiredText("photo_credit");
        // A person's story and photo are published only with their recorded consent; there is no default.
        var consent = reader.String("consent", required: false);
        if (consent is null)
            reader.Fail(reader.Location, "a portrait needs 'consent: true': publish it only after the person has agreed in writing");
        else if (consent.Value != "true")
            reader.Fail(consent.Location, $"'consent' must be true: publish a portrait only after the person has agreed in writing (found '{consent.Value}')");
        return new PortraitFrontMatter
        {
            Title = name,
            Description = $"{profession}, {origin}",
            Pseudonym = pseudonym,
            Origin = origin,
            Profession = profession,
            Status = status,
            Quote = quote,
            Photo = photo ?? new Located<string>("", reader.Location),
            PhotoAlt = photoAlt ?? "",
            PhotoCredit = credit,
            Sample = reader.Bool("sample"),
            Order = reader.String("order", required: true) is null ? 0 : reader.Int("order", 0, 1, 999),
            Slug = ContentParser.Slug(reader),
            Draft = reader.Bool("draft"),
        };
    }

    public static PublicationFrontMatter Publication(YamlMapReader reader)
    {
        var title = reader.RequiredText("title");
        var type = reader.String("type", required: true);
        if (type is not null && !PublicationTypes.Names.Contains(type.Value))
            reader.Fail(type.Location, $"'type' must be one of {string.Join(", ", PublicationTypes.Names)}{Suggestions.DidYouMean(type.Value, PublicationTypes.Names)}");
        var date = reader.Date("date", required: true);
        var publisher = reader.RequiredText("publisher");
        var summary = reader.RequiredText("summary");
        var (cover, coverAlt) = Image(reader, "cover", "cover_alt", required: false);
        var files = ImmutableArray.CreateBuilder<PublicationFile>();
        var list = reader.MapList("files", required: true);
        if (list.Count == 0 && reader.Node.Children.ContainsKey("files")) reader.Fail(reader.Location, "'files' must name at least one file");
        foreach (var entry in list)
        {
            var file = FileName(entry, "file", required: true);
            var language = entry.String("language", required: true);
            if (language is not null && !IsLanguageCode(language.Value))
                entry.Fail(language.Location, $"'language' must be a language code such as de, en, ar or uk, found '{language.Value}'");
            entry.RejectUnknownKeys();
            reader.Absorb(entry);
            if (file is not null && language is not null) files.Add(new PublicationFile(file, language));
        }
        return new PublicationFrontMatter
        {
            Title = title,
            Type = type ?? new Located<string>("", reader.Location),
            Date = date ?? new Located<DateOnly>(default, reader.Location),
            Publisher = publisher,
            Summary = summary,
            Description = summary,
            Cover = cover,
            CoverAlt = coverAlt,
            Files = files.ToImmutable(),
            Html = reader.String("html", required: false),
            Slug = ContentParser.Slug(reader),
            Draft = reader.Bool("draft"),
        };
    }

    /// <summary>An image beside the Markdown file and its text alternative, which is required with it.</summary>
    private static (Located<string>? File, string? Alt) Image(YamlMapReader reader, string key, string altKey, bool required)
    {
        var file = FileName(reader, key, required);
        var alt = reader.OptionalText(altKey);
        if (file is not null && string.IsNullOrWhiteSpace(alt))
            reader.Fail(file.Location, $"'{key}' needs '{altKey}': describe the image for readers who cannot see it");
        return (file, alt);
    }

    private static bool IsLanguageCode(string code)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z]{2,3}$")) return false;
        try
        {
            return !System.Globalization.CultureInfo.GetCultureInfo(code, predefinedOnly: true).Equals(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A file beside the Markdown file: a plain name, never a path that could leave the folder.</summary>
    internal static Located<string>? FileName(YamlMapReader reader, string key, bool required = false)
    {
        var name = reader.String(key, required);
        if (name is null || name.Value.Length == 0) return null;
        if (name.Value.Contains('/') || name.Value.Contains('\\') || name.Value.StartsWith('.'))
        {
            reader.Fail(name.Location, $"'{key}' must be the name of a file in this file's folder, e.g. cover.jpg, found '{name.Value}'");
            return null;
        }
        return name;
    }
}
