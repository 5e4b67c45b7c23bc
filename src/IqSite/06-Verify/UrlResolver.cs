namespace IqSite.Verify;

internal enum TargetKind { Internal, External, Other }

/// <summary>Where a URL in a page points: an output file (and fragment), another host, or no place at all (mailto:, tel:).</summary>
internal sealed record Target(TargetKind Kind, string Path = "", string? Fragment = null, string Host = "");

/// <remarks>Not thread-safe: Verify checks references one after another.</remarks>
internal sealed class UrlResolver(string baseUrl)
{
    private static readonly Uri Site = new("http://site.invalid/");
    private readonly Uri _base = new(baseUrl);
    // Most URLs are root-relative or absolute and repeat on every page (menus, terms, assets):
    // those resolve the same from any page, so each is parsed once, not once per page.
    private readonly Dictionary<string, Target> _resolved = new(StringComparer.Ordinal);

    /// <param name="pageUrl">The root-relative URL of the page the reference is on.</param>
    public Target Resolve(string url, string pageUrl)
    {
        var independent = url.StartsWith('/') || HasScheme(url);
        if (independent && _resolved.TryGetValue(url, out var known)) return known;
        var target = ResolveFrom(url, pageUrl);
        if (independent) _resolved[url] = target;
        return target;
    }

    private Target ResolveFrom(string url, string pageUrl)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
            return new Target(TargetKind.External, Host: Uri.TryCreate("https:" + url, UriKind.Absolute, out var p) ? p.Host : url);
        if (HasScheme(url) && Uri.TryCreate(url, UriKind.Absolute, out var absolute))
        {
            if (absolute.Scheme is not ("http" or "https")) return new Target(TargetKind.Other);
            if (!string.Equals(absolute.Authority, _base.Authority, StringComparison.OrdinalIgnoreCase))
                return new Target(TargetKind.External, Host: absolute.Host);
            return Internal(absolute);
        }
        return Internal(new Uri(new Uri(Site, pageUrl), url));
    }

    // '/de/x/' must stay relative: .NET on Linux would otherwise read it as a file:// URI.
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        var delimiter = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (delimiter < 0 || colon < delimiter);
    }

    private static Target Internal(Uri uri)
    {
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null;
        return new Target(TargetKind.Internal, Uri.UnescapeDataString(uri.AbsolutePath), fragment);
    }

    /// <summary>The output file a root-relative path is served from, as Netlify serves pretty URLs.</summary>
    public static string? OutputFile(string path, IReadOnlySet<string> files)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (files.Contains(relative)) return relative;
        return files.Contains(relative + "/index.html") ? relative + "/index.html" : null;
    }
}
