using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Assemble;

/// <summary>Makes sure no two sources claim one URL; the error names both files.</summary>
internal sealed class UrlRegistry(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (string Origin, SourceLocation? Location)> _claims = new(StringComparer.Ordinal);

    public bool TryClaim(string url, ParsedDocument? document, string origin)
    {
        var location = document is null ? null
            : document.FrontMatter.Slug?.Location ?? new SourceLocation(document.Source.DisplayPath, 1, 1);
        if (_claims.TryGetValue(url, out var first))
        {
            diagnostics.Error(location ?? first.Location ?? new SourceLocation(origin, 1, 1),
                $"duplicate URL {url}: {origin} and {first.Origin} both produce it; give one of them another 'slug'");
            return false;
        }
        _claims[url] = (origin, location);
        return true;
    }
}
