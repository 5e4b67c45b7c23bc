using System.Globalization;

namespace IqSite.Write;

/// <summary>
/// Folders to delete, moved out of the way in one rename each and deleted on another thread.
/// Deleting many small files waits on the disk, not on the processor: the previous search index
/// of a site of 2 x 5,000 sheets (10,400 files) took 3.2 s to delete for 0.3 s of processor time,
/// and every build with search, and every full rebuild of the preview, waited for it.
/// </summary>
internal static class SetAside
{
    // Beside the staging folder, so that a folder is moved by a rename on the same file system.
    private const string Infix = ".deleting-";

    /// <summary>Moves <paramref name="folders"/> into one new folder beside <paramref name="staging"/> and deletes that.</summary>
    /// <returns>The deletion, which ends without an error even when it could not delete everything.</returns>
    public static Task Delete(string staging, IReadOnlyCollection<string> folders)
    {
        if (folders.Count == 0) return Task.CompletedTask;
        var aside = staging + Infix + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(aside);
        var number = 0;
        foreach (var folder in folders) Directory.Move(folder, Path.Combine(aside, (number++).ToString(CultureInfo.InvariantCulture)));
        return Task.Run(() => DeleteQuietly(aside));
    }

    /// <summary>Deletes what earlier builds set aside but ended before deleting (killed, or the preview server stopped).</summary>
    public static Task DeleteLeftOver(string staging) => Task.Run(() =>
    {
        try
        {
            foreach (var folder in Directory.GetDirectories(Path.GetDirectoryName(staging)!, Path.GetFileName(staging) + Infix + "*"))
                DeleteQuietly(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder beside output/ cannot be listed: nothing of a site is in it either way.
        }
    });

    // What cannot be deleted now (another build deleting the same folder, a file held open) is
    // left for the next build: it is never part of a site.
    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
