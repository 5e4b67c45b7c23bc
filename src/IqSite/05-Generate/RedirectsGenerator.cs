using System.Text;
using IqSite.Assemble;

namespace IqSite.Generate;

/// <summary>
/// Netlify's _redirects: a visitor who opens the site's root is sent to the home page in the
/// first language their browser asks for (Netlify's Language condition, from Accept-Language),
/// for every language of site.yml; anyone else sees the language chooser at /. The rules are
/// forced (302!) because / exists as a file, which Netlify would otherwise serve first.
/// </summary>
public static class RedirectsGenerator
{
    public static OutputFile Generate(SiteModel site)
    {
        var text = new StringBuilder("# Written by IqSite from site.yml's languages.\n");
        foreach (var language in site.Languages)
            text.Append($"/  {language.Home.Url}  302!  Language={language.Language.Code}\n");
        return OutputFile.Text("_redirects", text.ToString());
    }
}
