namespace IqSite.Verify;

/// <summary>What one HTML file points at and offers: its URL references and its element ids; and whether it touches cookies.</summary>
public sealed record PageReferences(string OutputPath, IReadOnlyList<Reference> References, IReadOnlySet<string> Ids, bool UsesCookies);

/// <summary>
/// One URL in an HTML file. <see cref="LoadsResource"/> is true where the browser fetches it
/// without a click (scripts, styles, images, frames, media): those must come from the site itself.
/// </summary>
public readonly record struct Reference(string Url, string Element, bool LoadsResource, int Line, int Column, string? ImageWithoutAlt = null);
