namespace IqSite.Browser.Tests.Infrastructure;

/// <param name="Template">The theme layout that renders the page, e.g. "good-practice".</param>
/// <param name="Language">The page's language code, or "" for the root language chooser.</param>
/// <param name="Path">The site-relative address, starting with a slash.</param>
public sealed record TemplatePage(string Template, string Language, string Path)
{
    public override string ToString() => $"{Template} ({(Language.Length == 0 ? "all languages" : Language)}) {Path}";
}
