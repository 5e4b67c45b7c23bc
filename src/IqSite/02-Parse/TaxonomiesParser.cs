using System.Collections.Immutable;
using IqSite.Discover;
using IqSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace IqSite.Parse;

public static class TaxonomiesParser
{
    public static Taxonomies? Parse(SourceFile file, IReadOnlyCollection<string> languages, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(file.DisplayPath, 0, diagnostics);
        var root = context.LoadMapping(file.Text!);
        if (root is null) return null;
        var reader = new YamlMapReader(root, context);
        var taxonomies = ImmutableArray.CreateBuilder<Taxonomy>();
        foreach (var key in TaxonomyKeys.All)
        {
            var map = reader.Map(key, required: true);
            if (map is null) continue;
            taxonomies.Add(ParseTaxonomy(key, map, languages));
            reader.Absorb(map);
        }
        reader.RejectUnknownKeys(" (the taxonomies are networks, topics, audiences and funding_rounds)");
        return reader.IsValid ? new Taxonomies(taxonomies.ToImmutable()) : null;
    }

    private static Taxonomy ParseTaxonomy(string key, YamlMapReader map, IReadOnlyCollection<string> languages)
    {
        var title = map.Localized("title", required: true, languages);
        var slug = map.Localized("slug", required: true, languages);
        foreach (var (language, segment) in slug)
            CheckSlug(map, "slug", language, segment);

        var terms = ImmutableArray.CreateBuilder<Term>();
        var termsMap = map.Map("terms", required: true);
        if (termsMap is not null)
        {
            foreach (var (termKey, value) in termsMap.Entries())
            {
                if (!SiteConfigParser.SlugPattern().IsMatch(termKey.Value))
                    map.Context.Diagnostics.Error(termKey.Location, $"term key '{termKey.Value}' must be lowercase ASCII letters, digits and hyphens");
                if (value is not YamlMappingNode termNode)
                {
                    termsMap.Fail(value, $"term '{termKey.Value}' must be a mapping with 'label' (and optionally 'slug')");
                    continue;
                }
                var term = new YamlMapReader(termNode, map.Context);
                var label = term.Localized("label", required: true, languages);
                var termSlugs = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                var slugMap = term.Map("slug", required: false);
                foreach (var language in languages)
                {
                    var given = slugMap?.String(language, required: false);
                    if (given is not null) CheckSlug(term, "slug", language, given.Value);
                    termSlugs[language] = given?.Value ?? termKey.Value;
                }
                slugMap?.RejectUnknownKeys(" (languages are configured in site.yml)");
                term.Absorb(slugMap);
                term.RejectUnknownKeys();
                map.Absorb(term);
                terms.Add(new Term(termKey.Value, label, termSlugs.ToImmutable()));
            }
            map.Absorb(termsMap);
        }
        map.RejectUnknownKeys();
        return new Taxonomy(key, title, slug, terms.ToImmutable());
    }

    private static void CheckSlug(YamlMapReader map, string key, string language, string slug)
    {
        if (!SiteConfigParser.SlugPattern().IsMatch(slug))
            map.Context.Diagnostics.Error(map.Location, $"'{key}' for '{language}' must be lowercase ASCII letters, digits and hyphens, found '{slug}'");
    }
}
