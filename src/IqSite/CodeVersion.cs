namespace IqSite;

/// <summary>
/// Names this build of IqSite's code: it changes with every change to the code (builds are
/// deterministic), so what the cache holds from another version (render keys, tables, verified
/// links) is never taken for this one's.
/// </summary>
internal static class CodeVersion
{
    public static readonly string Id = typeof(CodeVersion).Assembly.ManifestModule.ModuleVersionId.ToString();
}
