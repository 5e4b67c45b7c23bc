using System.Text.RegularExpressions;
using HandlebarsDotNet;
using IqSite.Discover;
using IqSite.Diagnostics;
using IqSite.Parse;

namespace IqSite.Render;

/// <summary>
/// The theme's Handlebars layouts and partials, compiled once per build. Compiled templates
/// are plain delegates over read-only view models, so pages render in parallel.
/// </summary>
public sealed partial class ThemeTemplates
{
    /// <summary>Every page is rendered into this layout; it wraps the page's own layout.</summary>
    public const string BaseLayout = "baseof";

    /// <summary>The bare frame of pages shown inside other sites' iframes: no skip link, menus or footer.</summary>
    public const string EmbedBaseLayout = "embed-base";

    public static string BaseLayoutFor(Assemble.Page page) => page is Assemble.FigureEmbedPage ? EmbedBaseLayout : BaseLayout;

    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts;

    private ThemeTemplates(Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> layouts, string fingerprint)
    {
        _layouts = layouts;
        Fingerprint = fingerprint;
    }

    /// <summary>A hash of every layout's and partial's name and text: pages rendered with other templates are other pages.</summary>
    public string Fingerprint { get; }

    /// <param name="earlier">The templates of the previous build in this process (serve): kept when no layout or partial changed.</param>
    public static ThemeTemplates? Compile(IReadOnlyList<SourceFile> sources, UiStrings strings, DiagnosticBag diagnostics, ThemeTemplates? earlier = null)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var templates = sources.Where(s => s.Kind is SourceKind.Layout or SourceKind.Partial).ToArray();
        CheckUiStringKeys(templates, strings, diagnostics);
        var fingerprint = FingerprintOf(templates);
        // Compiling takes about 0.2 s, a good part of a preview rebuild after a saved page.
        if (earlier?.Fingerprint == fingerprint) return diagnostics.ErrorCount == errorsBefore ? earlier : null;

        // Strict: a misspelt property in a template is a build error, not an empty gap on the page.
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });

        foreach (var partial in templates.Where(s => s.Kind == SourceKind.Partial))
            Try(partial, diagnostics, () => handlebars.RegisterTemplate(Name(partial), partial.Text!));

        // Compiled for a writer: a page's HTML is written straight into UTF-8 bytes (RenderUtf8).
        var layouts = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var layout in templates.Where(s => s.Kind == SourceKind.Layout))
            Try(layout, diagnostics, () => layouts[Name(layout)] = handlebars.Compile(new StringReader(layout.Text!)));

        foreach (var required in RequiredLayouts.Append(BaseLayout).Append(EmbedBaseLayout))
            if (!layouts.ContainsKey(required) && !templates.Any(t => t.Kind == SourceKind.Layout && Name(t) == required))
                diagnostics.Error($"layouts/{required}.hbs", 1, 1, $"the theme has no layout '{required}.hbs'");

        return diagnostics.ErrorCount == errorsBefore ? new ThemeTemplates(layouts, fingerprint) : null;
    }

    private static string FingerprintOf(IEnumerable<SourceFile> templates)
    {
        var fingerprint = new System.IO.Hashing.XxHash128();
        foreach (var template in templates.OrderBy(t => t.Kind).ThenBy(t => t.Path, StringComparer.Ordinal))
            fingerprint.Append(System.Text.Encoding.UTF8.GetBytes($"{template.Kind}\u0001{template.Path}\u0001{template.Text}\u0001"));
        return Convert.ToHexStringLower(fingerprint.GetCurrentHash());
    }

    /// <summary>Layouts the pipeline renders pages with (one per page type).</summary>
    public static readonly string[] RequiredLayouts = ["home", "page", "good-practice", "good-practice-list", "taxonomy", "term", "figure", "figure-index", "figure-embed", "networks", "network", "newsletters", "series", "issue", "article", "404", "language-chooser"];

    public string Render(string layout, object model)
    {
        var writer = ContentWriter ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        writer.GetStringBuilder().Clear();
        _layouts[layout](writer, model);
        return writer.ToString();
    }

    /// <summary>
    /// The layout's output as UTF-8, encoded while it is written: each page's HTML as a string
    /// first, then as bytes, was about 0.2 GB of the 4 GB a cold build of 2 x 5,000 sheets allocated.
    /// </summary>
    public byte[] RenderUtf8(string layout, object model)
    {
        var writer = PageWriter ??= new StreamWriter(new MemoryStream(64 * 1024), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 8 * 1024);
        var buffer = (MemoryStream)writer.BaseStream;
        buffer.SetLength(0);
        try
        {
            _layouts[layout](writer, model);
            writer.Flush();
        }
        catch
        {
            // What a failed page left in the writer's buffer must not start the next page.
            PageWriter = null;
            throw;
        }
        return buffer.ToArray();
    }

    // One of each per rendering thread, kept between pages: their buffers were most of what they
    // allocated. The page's stream grows to the largest page once.
    [ThreadStatic] private static StringWriter? ContentWriter;
    [ThreadStatic] private static StreamWriter? PageWriter;

    private static string Name(SourceFile file) => Path.ChangeExtension(file.Path, null);

    private static void Try(SourceFile file, DiagnosticBag diagnostics, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"template error: {ex.Message}");
        }
    }

    /// <summary>A template that asks for a UI string no language has would print nothing: report it where it is written.</summary>
    private static void CheckUiStringKeys(IEnumerable<SourceFile> templates, UiStrings strings, DiagnosticBag diagnostics)
    {
        var known = strings.ByLanguage.Values.SelectMany(s => s.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            var lines = template.Text!.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (Match match in UiStringReference().Matches(lines[i]))
                    if (!known.Contains(match.Groups[1].Value))
                        diagnostics.Error(template.DisplayPath, i + 1, match.Groups[1].Index + 1,
                            $"UI string '{match.Groups[1].Value}' is not defined in the theme's i18n files");
        }
    }

    [GeneratedRegex(@"(?:@root\.|\b)T\.([A-Za-z0-9_]+)")]
    private static partial Regex UiStringReference();
}
