using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using IqSite.Discover;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>Turns one content file into a <see cref="ParsedDocument"/>; its folder decides the kind.</summary>
public static partial class ContentParser
{
    /// <param name="parsedBefore">An earlier build parsed this very text without an error: its Markdown is parsed when first needed.</param>
    /// <param name="known">
    /// With <paramref name="parsedBefore"/>: the front matter an earlier build read from this very
    /// text under this site.yml without a remark (<see cref="FrontMatterJson"/>), with its
    /// <see cref="ParsedDocument.FrontMatterKey"/>; its YAML is not parsed again.
    /// </param>
    public static ParsedDocument? Parse(SourceFile file, SiteConfig config, MarkdownPipeline markdown, DiagnosticBag diagnostics, bool parsedBefore = false,
        (FrontMatter FrontMatter, string Key)? known = null)
    {
        if (!TryClassify(file, config, diagnostics, out var kind, out var key, out var language)) return null;
        if (known is var (cached, cachedKey))
        {
            // The text is split, and so decoded (SourceFile.Text), only when its pages are rendered or a check reads it.
            var body = new Lazy<(int Start, int Line)>(() => FrontMatterSplitter.TrySplit(file.Text!, file.DisplayPath, new DiagnosticBag(), out _, out var start, out var line)
                ? (start, line) : throw new InvalidOperationException($"{file.DisplayPath} parsed before but not now"));
            return new ParsedDocument(file, kind, key, language, cached, cachedKey,
                new MarkdownTree(() => Reparse(file, body.Value.Start, body.Value.Line, markdown), () => body.Value.Line), IsValid: true);
        }
        // Decoded once here (SourceFile.Text decodes on every call).
        var text = file.Text!;
        if (!FrontMatterSplitter.TrySplit(text, file.DisplayPath, diagnostics, out var yaml, out var bodyStart, out var bodyLine))
            return null;
        var context = new YamlContext(file.DisplayPath, 1, diagnostics);
        var root = context.LoadMapping(yaml);
        if (root is null) return null;
        var reader = new YamlMapReader(root, context);
        FrontMatter frontMatter = kind switch
        {
            ContentKind.GoodPractice => ReadGoodPractice(reader),
            ContentKind.Series => PublicationFrontMatterReader.Series(reader),
            ContentKind.Issue => PublicationFrontMatterReader.Issue(reader),
            ContentKind.Article => PublicationFrontMatterReader.Article(reader),
            ContentKind.Network => PublicationFrontMatterReader.Network(reader),
            ContentKind.Exhibit => PublicationFrontMatterReader.Exhibit(reader),
            ContentKind.Portrait => PublicationFrontMatterReader.Portrait(reader),
            ContentKind.Publication => PublicationFrontMatterReader.Publication(reader),
            ContentKind.EasyLanguage => new EasyLanguageFrontMatter
            {
                Title = reader.RequiredText("title"),
                Description = reader.OptionalText("description"),
                Order = reader.Int("order", 0, 0, 99),
                Video = PublicationFrontMatterReader.FileName(reader, "video"),
            },
            _ => ReadPage(reader, kind),
        };
        // Any content file may be a translation; the key is read here so every reader accepts it.
        if (reader.String("translation_of", required: false) is { } translationOf)
            frontMatter = frontMatter with { TranslationOf = translationOf };
        reader.RejectUnknownKeys();
        if (parsedBefore)
            return new ParsedDocument(file, kind, key, language, frontMatter, FrontMatterTable.Hash(yaml), new MarkdownTree(() => Reparse(file, bodyStart, bodyLine, markdown), () => bodyLine), reader.IsValid);
        var document = MarkdownBody.Parse(text, bodyStart, bodyLine, markdown, file.DisplayPath, diagnostics);
        if (document is null) return null;
        return new ParsedDocument(file, kind, key, language, frontMatter, FrontMatterTable.Hash(yaml),
            new MarkdownTree(() => Reparse(file, bodyStart, bodyLine, markdown), () => bodyLine, MarkdownFacts.Of(document)), reader.IsValid);
    }

    /// <summary>Makes the tree again of a text that parsed without an error before.</summary>
    private static MarkdownDocument Reparse(SourceFile file, int bodyStart, int bodyLine, MarkdownPipeline markdown) =>
        MarkdownBody.Parse(file.Text!, bodyStart, bodyLine, markdown, file.DisplayPath, new DiagnosticBag())
            ?? throw new InvalidOperationException($"{file.DisplayPath} parsed before but not now");

    private static bool TryClassify(SourceFile file, SiteConfig config, DiagnosticBag diagnostics,
        out ContentKind kind, out string key, out string language)
    {
        kind = default;
        key = language = "";
        var parts = file.Path.Split('/');
        var name = parts[^1];
        var dot = name[..^".md".Length].LastIndexOf('.');
        if (dot < 0)
        {
            diagnostics.Error(file.DisplayPath, 1, 1,
                $"the file name must end in .<language>.md, e.g. '{name[..^3]}.{config.DefaultLanguage}.md'");
            return false;
        }
        key = name[..dot];
        var code = name[(dot + 1)..^".md".Length];
        language = code;
        if (!config.Languages.Any(l => l.Code == code))
        {
            diagnostics.Error(file.DisplayPath, 1, 1,
                $"unknown language '{code}' in the file name (configured: {string.Join(", ", config.Languages.Select(l => l.Code))})");
            return false;
        }
        switch (parts)
        {
            case [_] when key == "_index":
                kind = ContentKind.Home;
                key = "home";
                return true;
            case ["pages", _]:
                kind = ContentKind.Page;
                break;
            case ["good-practice", _]:
                kind = ContentKind.GoodPractice;
                break;
            case ["networks", _]:
                kind = ContentKind.Network;
                break;
            case ["leichte-sprache", _]:
                kind = ContentKind.EasyLanguage;
                break;
            case ["exhibits", var exhibit, _]:
                kind = key == "_index" ? ContentKind.Exhibit : ContentKind.Portrait;
                key = key == "_index" ? exhibit : $"{exhibit}/{key}";
                break;
            case ["publications", var publication, _] when key == "_index":
                kind = ContentKind.Publication;
                key = publication;
                break;
            case ["newsletters", var series, _] when key == "_index":
                kind = ContentKind.Series;
                key = series;
                break;
            case ["newsletters", var series, var issue, _]:
                if (!IssueFolderPattern().IsMatch(issue))
                {
                    diagnostics.Error(file.DisplayPath, 1, 1, $"the issue folder '{issue}' must be named <year>-<number>, e.g. 2023-01");
                    return false;
                }
                kind = key == "_index" ? ContentKind.Issue : ContentKind.Article;
                key = key == "_index" ? $"{series}/{issue}" : $"{series}/{issue}/{key}";
                break;
            default:
                diagnostics.Error(file.DisplayPath, 1, 1,
                    "content files belong in content/good-practice/, content/pages/, content/networks/, content/newsletters/<series>/<yyyy-nn>/, content/exhibits/<exhibit>/, content/publications/<key>/_index.<language>.md or content/leichte-sprache/, or are the home page content/_index.<language>.md");
                return false;
        }
        if (key.Split('/').FirstOrDefault(part => !SiteConfigParser.SlugPattern().IsMatch(part)) is { } bad)
        {
            diagnostics.Error(file.DisplayPath, 1, 1,
                $"the name '{bad}' must be lowercase ASCII letters, digits and hyphens (it becomes the URL)");
            return false;
        }
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{4}-[0-9]{2}$")]
    private static partial System.Text.RegularExpressions.Regex IssueFolderPattern();

    private static PageFrontMatter ReadPage(YamlMapReader reader, ContentKind kind) => new()
    {
        Title = reader.RequiredText("title"),
        Description = reader.OptionalText("description"),
        Slug = kind == ContentKind.Page ? Slug(reader) : null,
        Draft = reader.Bool("draft"),
        Updated = reader.Date("updated", required: false)?.Value,
    };

    private static GoodPracticeFrontMatter ReadGoodPractice(YamlMapReader reader)
    {
        var title = reader.RequiredText("title");
        var teaser = reader.RequiredText("teaser");
        var instrument = reader.Map("instrument", required: true);
        var contact = reader.Map("contact", required: true);
        var offer = reader.Map("offer", required: true);
        var frontMatter = new GoodPracticeFrontMatter
        {
            Title = title,
            Teaser = teaser,
            Description = teaser,
            Slug = Slug(reader),
            Draft = reader.Bool("draft"),
            Updated = reader.Date("updated", required: false)?.Value,
            Instrument = new Instrument(instrument?.RequiredText("name") ?? "", instrument?.RequiredText("summary") ?? ""),
            Audiences = reader.StringList("audiences", required: true),
            Topics = reader.StringList("topics", required: true),
            Network = reader.String("network", required: true) ?? Missing(reader),
            FundingRound = reader.String("funding_round", required: true) ?? Missing(reader),
            Project = reader.RequiredText("project"),
            Provider = reader.RequiredText("provider"),
            Contact = new Contact(
                contact?.RequiredText("name") ?? "",
                contact?.OptionalText("role"),
                contact?.OptionalText("address"),
                contact?.OptionalText("phone"),
                contact?.OptionalText("email"),
                contact?.OptionalText("website")),
            Offer = new Offer(offer?.RequiredText("text") ?? "", OfferLinks(offer)),
            Published = reader.Date("published", required: true)?.Value ?? default,
        };
        foreach (var nested in new[] { instrument, contact, offer })
        {
            nested?.RejectUnknownKeys();
            reader.Absorb(nested);
        }
        return frontMatter;
    }

    private static ImmutableArray<OfferLink> OfferLinks(YamlMapReader? offer)
    {
        if (offer is null) return [];
        var links = ImmutableArray.CreateBuilder<OfferLink>();
        foreach (var link in offer.MapList("links", required: false))
        {
            var title = link.RequiredText("title");
            var url = link.String("url", required: true);
            link.RejectUnknownKeys();
            offer.Absorb(link);
            if (url is not null) links.Add(new OfferLink(title, url));
        }
        return links.ToImmutable();
    }

    internal static Located<string>? Slug(YamlMapReader reader, bool required = false)
    {
        var slug = reader.String("slug", required);
        if (slug is not null && !SiteConfigParser.SlugPattern().IsMatch(slug.Value))
        {
            reader.Context.Diagnostics.Error(slug.Location, $"'slug' must be lowercase ASCII letters, digits and hyphens, found '{slug.Value}'");
            return null;
        }
        return slug;
    }

    // A placeholder for a missing required value; the reader already reported it and marked the document invalid.
    private static Located<string> Missing(YamlMapReader reader) => new("", reader.Location);
}
