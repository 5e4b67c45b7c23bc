using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>Reads the front matter of newsletter series, issues and articles, and of network pages.</summary>
internal static class PublicationFrontMatterReader
{
    public static SeriesFrontMatter Series(YamlMapReader reader) => new()
    {
        Title = reader.RequiredText("title"),
        Slug = ContentParser.Slug(reader, required: true),
        Description = reader.RequiredText("description"),
    };

    public static IssueFrontMatter Issue(YamlMapReader reader)
    {
        var number = reader.RequiredText("number");
        var date = reader.Date("date", required: true);
        var title = reader.RequiredText("title");
        var teaser = reader.RequiredText("teaser");
        var cover = FileName(reader, "cover");
        var coverAlt = reader.OptionalText("cover_alt");
        if (cover is not null && string.IsNullOrWhiteSpace(coverAlt))
            reader.Fail(cover.Location, "the cover needs 'cover_alt': describe it for readers who cannot see it");
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

    /// <summary>A file beside the Markdown file: a plain name, never a path that could leave the folder.</summary>
    private static Located<string>? FileName(YamlMapReader reader, string key)
    {
        var name = reader.String(key, required: false);
        if (name is null || name.Value.Length == 0) return null;
        if (name.Value.Contains('/') || name.Value.Contains('\\') || name.Value.StartsWith('.'))
        {
            reader.Fail(name.Location, $"'{key}' must be the name of a file in the issue folder, e.g. cover.png, found '{name.Value}'");
            return null;
        }
        return name;
    }
}
