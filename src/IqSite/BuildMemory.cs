using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using IqSite.Assemble;
using IqSite.Discover;
using IqSite.Parse;
using IqSite.Render;
using IqSite.Verify;

namespace IqSite;

/// <summary>
/// What one process keeps from build to build (the preview server rebuilds on every save):
/// each file as it was read, parsed documents by file and the links read from each page. Every
/// entry is keyed by all it was made from (the file's size and time of writing; the hash of the
/// file's text and site.yml's text; the page's path and bytes), so an entry is
/// either exactly right or never found. What a build did not use is dropped after it, so the
/// memory holds one site, not the history of an editing session.
/// </summary>
public sealed class BuildMemory
{
    private Generation _last = new();
    private Generation _current = new();

    private int _filesReused;
    private int _documentsReused;
    private int _pagesReused;
    private int _pagesKept;
    private int _frontMattersReused;

    /// <summary>Files of the current build whose text was taken from an earlier one instead of being read.</summary>
    public int FilesReused => _filesReused;

    /// <summary>Documents of the current build taken from an earlier one instead of being parsed.</summary>
    public int DocumentsReused => _documentsReused;

    /// <summary>Documents of the current build whose front matter was taken from the build cache instead of its YAML (<see cref="ParsedFrontMatter"/>).</summary>
    public int FrontMattersReused => _frontMattersReused;

    /// <summary>Pages of the current build whose links were known from an earlier one.</summary>
    public int PagesReused => _pagesReused;

    /// <summary>Pages of the current build whose render key was unchanged: their earlier file was kept, not rendered again.</summary>
    public int PagesKept => _pagesKept;

    /// <summary>
    /// The site in output/ as the last build left it, while every build since has succeeded:
    /// what <see cref="TextEditRebuild"/> renders single pages of. Null after a failed build,
    /// whose errors only a full build reports again.
    /// </summary>
    public PublishedSite? Published { get; internal set; }

    /// <summary>Starts a build: entries used from here on are kept for the next one.</summary>
    public void BeginBuild()
    {
        Published = null;
        _buildStarted = DateTime.UtcNow;
        _current = new Generation();
        _filesReused = _documentsReused = _pagesReused = _pagesKept = _frontMattersReused = 0;
    }

    /// <summary>
    /// A successful build replaces what is remembered; a failed one (which may have stopped
    /// before it used everything) only adds to it.
    /// </summary>
    public void EndBuild(bool succeeded)
    {
        if (succeeded)
        {
            _last = _current;
            return;
        }
        foreach (var (path, document) in _current.Documents) _last.Documents[path] = document;
        foreach (var (key, page) in _current.Pages) _last.Pages[key] = page;
        foreach (var (path, record) in _current.Renders) _last.Renders[path] = record;
        foreach (var (hash, text) in _current.Texts) _last.Texts[hash] = text;
        foreach (var (path, file) in _current.Files) _last.Files[path] = file;
    }

    /// <summary>
    /// The file as an earlier build read it, while its size and time of last writing are the same:
    /// the preview server then reads only files that were saved since.
    /// </summary>
    public SourceFile? FileAsRead(FileInfo file)
    {
        if (!_last.Files.TryGetValue(file.FullName, out var known) || known.Length != file.Length || known.Written != file.LastWriteTimeUtc) return null;
        Interlocked.Increment(ref _filesReused);
        return known.Source;
    }

    public void RememberFile(FileInfo file, SourceFile source) => _current.Files[file.FullName] = new KnownFile(file.Length, file.LastWriteTimeUtc, source);

    /// <summary>
    /// For a single build: the text file as the previous build read it, when its size and time of
    /// last change are still those it had then (<see cref="SourceFile.Unread"/>); null otherwise.
    /// Reading and hashing 10,000 files was most of a rebuild's Discover stage.
    /// </summary>
    public SourceFile? UnchangedFile(FileInfo file, SourceKind kind, string path, string displayPath)
    {
        if (!_savedFiles.TryGetValue(file.FullName, out var saved) || saved.Length != 4 || saved[2] != path
            || saved[0] != file.Length.ToString(CultureInfo.InvariantCulture) || saved[1] != file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
            return null;
        Interlocked.Increment(ref _filesReused);
        return SourceFile.Unread(kind, path, file.FullName, displayPath, saved[3]);
    }

    /// <summary>The document parsed from exactly this file's text under exactly this site.yml, if an earlier build parsed it without any remark.</summary>
    public ParsedDocument? Document(SourceFile source, string siteConfigText)
    {
        if (!_last.Documents.TryGetValue(source.FullPath, out var known) || known.SiteConfigText != siteConfigText
            || known.Document.TextHash != source.TextHash) return null;
        _current.Documents[source.FullPath] = known;
        Interlocked.Increment(ref _documentsReused);
        return known.Document;
    }

    public void Remember(ParsedDocument document, string siteConfigText) =>
        _current.Documents[document.Source.FullPath] = new KnownDocument(siteConfigText, document);

    /// <summary>The links and ids of a page, read once per distinct content.</summary>
    public PageReferences Scan(string outputPath, string fingerprint, byte[] html)
    {
        var key = outputPath + "\n" + fingerprint;
        if (_last.Pages.TryGetValue(key, out var known))
        {
            Interlocked.Increment(ref _pagesReused);
            _current.Pages[key] = known;
            return known;
        }
        return _current.Pages[key] = HtmlReferenceScanner.Scan(outputPath, html);
    }

    /// <summary>
    /// The links of a page an earlier build rendered to these bytes, when it is known: the page
    /// is kept, not rendered again (<see cref="RenderStage"/>).
    /// </summary>
    public PageReferences? Known(string outputPath, string fingerprint)
    {
        var key = outputPath + "\n" + fingerprint;
        if (!_last.Pages.TryGetValue(key, out var known)) return null;
        Interlocked.Increment(ref _pagesReused);
        return _current.Pages[key] = known;
    }

    /// <summary>The fingerprint of the bytes the page rendered to under this key in the last build, if it had this key.</summary>
    public string? Rendered(string outputPath, string key) =>
        _last.Renders.TryGetValue(outputPath, out var record) && record.Key == key ? record.Fingerprint : null;

    /// <summary>The page's key and fingerprint in the last build, if it was made from these inputs then (<see cref="PageInputs"/>).</summary>
    public RenderRecord? RenderedFrom(string outputPath, string inputs) =>
        _last.Renders.TryGetValue(outputPath, out var record) && record.Inputs == inputs ? record : null;

    /// <param name="inputs">What the page was made from (<see cref="PageInputs"/>); null where that is not known.</param>
    /// <param name="kept">The page's earlier file was kept instead of rendering the page.</param>
    public void RecordRender(string outputPath, string key, string fingerprint, string? inputs, bool kept = false)
    {
        _current.Renders[outputPath] = new RenderRecord(key, fingerprint, inputs);
        if (kept) Interlocked.Increment(ref _pagesKept);
    }

    /// <summary>
    /// For a single build: the front matter the previous build read from the text with this
    /// <see cref="ParsedDocument.TextHash"/> without a remark, in the same context
    /// (<see cref="FrontMatterTable.Context"/>).
    /// </summary>
    public (FrontMatter FrontMatter, string Key)? ParsedFrontMatter(string textHash, string context, string displayPath)
    {
        if (_frontMatters.Read(textHash, context, displayPath) is not { } known) return null;
        Interlocked.Increment(ref _frontMattersReused);
        return known;
    }

    /// <summary>Whether an earlier build parsed and checked the text with this <see cref="ParsedDocument.TextHash"/>.</summary>
    public bool ParsedBefore(string textHash) => _last.Texts.ContainsKey(textHash);

    /// <summary>The contexts the text was checked under in the last build (<see cref="Assemble.TextChecks"/>), if it was.</summary>
    public CheckedText? Checked(string textHash)
    {
        if (!_last.Texts.TryGetValue(textHash, out var known)) return null;
        _current.Texts[textHash] = known;
        return known;
    }

    public void RecordChecked(string textHash, CheckedText checkedText) => _current.Texts[textHash] = checkedText;

    internal const string RenderKeysFile = "render-keys.txt";
    private const string RenderKeysFormat = "iqsite-render-keys-2";
    private const string CheckedTextsFile = "checked-texts.txt";
    private const string CheckedTextsFormat = "iqsite-checked-texts-1";
    private const string SourceFilesFile = "source-files.txt";
    private const string SourceFilesFormat = "iqsite-source-files-1";

    /// <summary>
    /// How long after its last change a file is taken as settled: a file changed again within the
    /// same tick of a coarse file-system clock (FAT: 2 s) would keep its time, so one changed this
    /// close to the build is not saved as read, and the next build reads it again.
    /// </summary>
    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(2);

    private DateTime _buildStarted;

    // The text files the previous build read (full path: size, time of last change, path, text hash).
    private Dictionary<string, string[]> _savedFiles = [];

    private FrontMatterTable _frontMatters = FrontMatterTable.Empty;

    private SavedScans? _savedScans;

    /// <summary>For a single build: the page scans loaded from the build cache, and the targets the build that saved them verified them against.</summary>
    public VerifiedScans? Verified { get; private set; }

    /// <summary>The fingerprint of the targets this build verified its pages against (<see cref="SiteTargets.Fingerprint"/>), saved with its scans.</summary>
    public string? TargetsVerified { get; set; }

    /// <summary>For a single build: what the previous build saved in the build cache (see <see cref="SaveTables"/>, <see cref="SavePages"/>).</summary>
    /// <returns>How many pages' scans were loaded.</returns>
    public int LoadPages(string cacheDirectory)
    {
        // The files are independent: the page scans (the largest) on one core, the tables on the other.
        Parallel.Invoke(
            () =>
            {
                _savedScans = ReferenceFile.Load(cacheDirectory);
                foreach (var (key, page) in _savedScans.Pages) _last.Pages[key] = page;
                Verified = new VerifiedScans(_savedScans.Targets, new HashSet<PageReferences>(_savedScans.Pages.Values, ReferenceEqualityComparer.Instance));
            },
            () =>
            {
                foreach (var (path, fields) in CacheTable.Load(cacheDirectory, RenderKeysFile, RenderKeysFormat))
                    _last.Renders[path] = new RenderRecord(fields[0], fields[1], fields.Length > 2 && fields[2] != "" ? fields[2] : null);
                foreach (var (hash, fields) in CacheTable.Load(cacheDirectory, CheckedTextsFile, CheckedTextsFormat)) _last.Texts[hash] = new CheckedText(fields[0], fields[1]);
                _savedFiles = CacheTable.Load(cacheDirectory, SourceFilesFile, SourceFilesFormat);
                _frontMatters = FrontMatterTable.Load(cacheDirectory);
            });
        return _last.Pages.Count;
    }

    /// <summary>
    /// Saves the render keys, checked texts, the text files read and their front matter of the
    /// current build for the next process, once its pages are rendered. Each row is true of
    /// what it was made from whether or not the build then passes Verify: a page's key and
    /// bytes are used again only together with that page's verified scan (<see cref="SavePages"/>).
    /// </summary>
    /// <returns>How many texts' front matters are saved.</returns>
    public int SaveTables(string cacheDirectory)
    {
        CacheTable.Save(cacheDirectory, RenderKeysFile, RenderKeysFormat, _current.Renders.Select(r => (r.Key, new[] { r.Value.Key, r.Value.Fingerprint, r.Value.Inputs ?? "" })));
        CacheTable.Save(cacheDirectory, CheckedTextsFile, CheckedTextsFormat, _current.Texts.Select(t => (t.Key, new[] { t.Value.Checks, t.Value.Links })));
        CacheTable.Save(cacheDirectory, SourceFilesFile, SourceFilesFormat, _current.Files
            .Where(f => f.Value.Written < _buildStarted - SettledAfter && !f.Key.Any(char.IsControl))
            .Select(f => (f.Key, new[]
            {
                f.Value.Length.ToString(CultureInfo.InvariantCulture), f.Value.Written.Ticks.ToString(CultureInfo.InvariantCulture), f.Value.Source.Path, f.Value.Source.TextHash,
            })));
        // The documents parsed without a remark. They share one site.yml text (the same string), hashed once.
        var siteConfigs = new Dictionary<string, string>(ReferenceEqualityComparer.Instance);
        _frontMatters.Save(cacheDirectory, _current.Documents.Values.Select(known => (known.Document.TextHash,
            FrontMatterTable.Context(known.Document.Source.DisplayPath, siteConfigs.TryGetValue(known.SiteConfigText, out var hash) ? hash
                : siteConfigs[known.SiteConfigText] = FrontMatterTable.Hash(known.SiteConfigText)),
            known.Document)));
        return _current.Documents.Count;
    }

    /// <summary>
    /// Saves the page scans of the current build for the next process, once its pages are
    /// verified: the file says that every scan in it passed Verify against the site's targets.
    /// </summary>
    /// <returns>How many pages' scans there are, and whether they were written: when they are the very ones loaded, the file already holds them.</returns>
    public (int Pages, bool Written) SavePages(string cacheDirectory) =>
        // The scans file is the largest of the cache (tens of megabytes for a large archive): only what changed is added to it.
        (_current.Pages.Count, ReferenceFile.Save(cacheDirectory, _current.Pages, TargetsVerified, _savedScans));

    /// <summary>Keeps the document made from an edited text for the next build, under that text.</summary>
    internal void Replace(ParsedDocument document, string siteConfigText) =>
        _last.Documents[document.Source.FullPath] = new KnownDocument(siteConfigText, document);

    /// <summary>Keeps the links of a page rendered from an edited text for the next build.</summary>
    internal void Remember(string fingerprint, PageReferences page) => _last.Pages[page.OutputPath + "\n" + fingerprint] = page;

    private sealed record KnownDocument(string SiteConfigText, ParsedDocument Document);

    private sealed record KnownFile(long Length, DateTime Written, SourceFile Source);

    private sealed class Generation
    {
        public ConcurrentDictionary<string, KnownDocument> Documents { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, PageReferences> Pages { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, RenderRecord> Renders { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, CheckedText> Texts { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, KnownFile> Files { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The contexts a text passed its checks under (<see cref="Assemble.TextChecks"/>).</summary>
public sealed record CheckedText(string Checks, string Links);

/// <summary>A published site as the build made it, with the documents by file (edited ones replaced since).</summary>
/// <param name="SiteConfigText">site.yml's text the documents were parsed under.</param>
/// <param name="Sheets">Language and key of every published sheet, which good-practice: links may name.</param>
/// <param name="PagesByDocument">The pages made from each document (its own, and other languages' fallbacks), by the document's full path.</param>
/// <param name="Manifest">What output/ holds, by path.</param>
public sealed record PublishedSite(
    SiteModel Site,
    ParseResult Parsed,
    ThemeTemplates Templates,
    RenderKeys Keys,
    SiteTargets Targets,
    ImmutableDictionary<string, ParsedDocument> Documents,
    string SiteConfigText,
    IReadOnlySet<(string Language, string Key)> Sheets,
    ILookup<string, Page> PagesByDocument,
    IReadOnlyDictionary<string, Write.ManifestEntry> Manifest);
