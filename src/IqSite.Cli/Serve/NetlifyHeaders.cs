using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IqSite.Cli.Serve;

/// <summary>
/// The response headers Netlify will send, so the preview enforces the same Content Security
/// Policy and framing rules as the live site: rules from netlify.toml and the build's _headers,
/// read by Netlify's own parser (npm @netlify/headers-parser) and matched by its patterns.
/// </summary>
internal sealed class NetlifyHeaders
{
    private const string Parser = "@netlify/headers-parser";
    private readonly IReadOnlyList<Rule> _rules;

    private NetlifyHeaders(IReadOnlyList<Rule> rules) => _rules = rules;

    public static readonly NetlifyHeaders None = new([]);

    private sealed record Rule(Regex Pattern, Dictionary<string, string> Values);

    /// <summary>Every matching rule applies; a header set by several rules gets their values joined, as Netlify does.</summary>
    public IEnumerable<KeyValuePair<string, string>> For(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in _rules.Where(r => r.Pattern.IsMatch(path)))
            foreach (var (name, value) in rule.Values)
                headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        return headers;
    }

    /// <returns>The rules, or <see cref="None"/> and the reason the preview runs without them.</returns>
    public static (NetlifyHeaders Headers, string? Problem) Load(string outputDirectory, string? netlifyToml, string searchFrom)
    {
        var headersFile = Path.Combine(outputDirectory, "_headers");
        var root = NodePackages.Root(Parser, searchFrom);
        if (root is null) return (None, $"the preview sends no Netlify headers: run 'npm install' for {Parser}");
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", Script.Value, headersFile, netlifyToml ?? ""])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) return (None, $"the preview sends no Netlify headers: {stderr.Trim()}");
            var rules = JsonSerializer.Deserialize<List<JsonRule>>(stdout.Result, JsonOptions)!
                .Select(r => new Rule(new Regex(r.Pattern, RegexOptions.CultureInvariant), r.Values))
                .ToList();
            return (new NetlifyHeaders(rules), null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (None, "the preview sends no Netlify headers: 'node' was not found on the PATH");
        }
    }

    private sealed record JsonRule(string Pattern, Dictionary<string, string> Values);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(NetlifyHeaders).Assembly.GetManifestResourceStream("IqSite.Cli.Serve.netlify-headers.mjs")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });
}
