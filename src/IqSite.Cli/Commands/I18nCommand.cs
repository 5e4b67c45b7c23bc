using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using IqSite.Diagnostics;
using IqSite.Discover;
using IqSite.Parse;
using Spectre.Console;

namespace IqSite.Cli.Commands;

/// <summary>
/// Translation freshness: 'status' lists per language what is translated, outdated, unmarked or
/// missing; 'mark' records in a translation which version of its source it translates.
/// </summary>
internal static partial class I18nCommand
{
    public static Command Create() => new("i18n", "Translations: what is missing or out of date, and marking a translation as up to date")
    {
        Status(),
        Mark(),
    };

    private static Command Status()
    {
        var common = new CommonOptions();
        var failUnder = new Option<int?>("--fail-under")
        {
            Description = "Exit with 1 when a language has less than this share (percent) of up-to-date translations, e.g. for CI",
        };
        var command = new Command("status", "List per language the translations that are up to date, outdated, unmarked or missing");
        common.AddTo(command);
        command.Options.Add(failUnder);
        command.SetAction(parse => Run(common.Read(parse, "output"), (config, documents) =>
        {
            var entries = Translations.Report(documents, config);
            var table = new Table().AddColumns("language", "up to date", "outdated", "unmarked", "missing", "share");
            var failed = new List<string>();
            foreach (var language in entries.GroupBy(e => e.Language))
            {
                int Count(Translations.Status status) => language.Count(e => e.Status == status);
                var share = 100.0 * Count(Translations.Status.UpToDate) / Math.Max(1, language.Count());
                table.AddRow(language.Key, $"{Count(Translations.Status.UpToDate)}", $"{Count(Translations.Status.Outdated)}",
                    $"{Count(Translations.Status.Unmarked)}", $"{Count(Translations.Status.Missing)}", share.ToString("0", CultureInfo.InvariantCulture) + " %");
                if (parse.GetValue(failUnder) is { } minimum && share < minimum) failed.Add($"{language.Key} ({share.ToString("0", CultureInfo.InvariantCulture)} %)");
            }
            AnsiConsole.Write(table);
            foreach (var status in new[] { Translations.Status.Outdated, Translations.Status.Unmarked, Translations.Status.Missing })
                foreach (var entry in entries.Where(e => e.Status == status))
                    Console.WriteLine($"{status.ToString().ToLowerInvariant()} {entry.Language}: {entry.Path}");
            if (failed.Count == 0) return 0;
            Console.WriteLine($"below {parse.GetValue(failUnder)} % up to date: {string.Join(", ", failed)}");
            return 1;
        }));
        return command;
    }

    private static Command Mark()
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("files") { Description = "Translation files to mark; all translations when none are given", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("mark", $"Record in each translation the version of its source it translates ('{Translations.Key}'), after checking it") { files };
        common.AddTo(command);
        command.SetAction(parse => Run(common.Read(parse, "output"), (config, documents) =>
        {
            var chosen = (parse.GetValue(files) ?? []).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            var sources = documents.Where(d => d.Language == config.DefaultLanguage).ToDictionary(d => (d.Kind, d.Key));
            var marked = 0;
            foreach (var translation in documents.Where(d => d.Language != config.DefaultLanguage))
            {
                if (chosen.Count > 0 && !chosen.Contains(translation.Source.FullPath)) continue;
                if (!sources.TryGetValue((translation.Kind, translation.Key), out var source)) continue;
                var hash = Translations.SourceHash(source);
                if (translation.FrontMatter.TranslationOf?.Value == hash) continue;
                File.WriteAllText(translation.Source.FullPath, WithMark(File.ReadAllText(translation.Source.FullPath), hash));
                Console.WriteLine($"marked {translation.Source.DisplayPath} as translating {source.Source.DisplayPath}");
                marked++;
            }
            var unknown = chosen.Where(f => !documents.Any(d => d.Source.FullPath == f && d.Language != config.DefaultLanguage)).ToArray();
            foreach (var file in unknown) Console.Error.WriteLine($"{file}: not a translation (a content file in another language than {config.DefaultLanguage})");
            Console.WriteLine($"{marked} translation(s) marked");
            return unknown.Length == 0 ? 0 : 1;
        }));
        return command;
    }

    /// <summary>The file with translation_of set in its front matter; everything else is left as the editor wrote it.</summary>
    private static string WithMark(string text, string hash)
    {
        var line = $"{Translations.Key}: \"{hash}\"";
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var end = text.IndexOf(newline + "---", 3, StringComparison.Ordinal);
        var frontMatter = end < 0 ? text : text[..end];
        if (MarkLine().IsMatch(frontMatter))
            return MarkLine().Replace(frontMatter, line, 1) + (end < 0 ? "" : text[end..]);
        var firstLineEnd = text.IndexOf(newline, StringComparison.Ordinal);
        return text[..(firstLineEnd + newline.Length)] + line + newline + text[(firstLineEnd + newline.Length)..];
    }

    [GeneratedRegex($"^{Translations.Key}:.*$", RegexOptions.Multiline)]
    private static partial Regex MarkLine();

    private static int Run(BuildOptions options, Func<SiteConfig, IReadOnlyList<ParsedDocument>, int> action)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var sources = SourceDiscovery.Run(options, diagnostics);
            var parsed = ParseStage.Run(sources, options, diagnostics);
            if (diagnostics.HasErrors) throw new BuildFailedException(diagnostics.Sorted());
            return action(parsed.Config, parsed.Documents);
        }
        catch (BuildFailedException failed)
        {
            Report.Diagnostics(failed.Diagnostics, DiagnosticFormat.Text);
            return 1;
        }
    }
}
