using System.Runtime.InteropServices;

namespace IqSite.Write;

/// <summary>Puts a finished folder in place of another in one step.</summary>
internal static partial class FolderSwap
{
    /// <summary>
    /// On Linux renameat2(RENAME_EXCHANGE) exchanges the two folders atomically, so
    /// <paramref name="staging"/> then holds the previous site. Elsewhere (or on file systems
    /// without it) the target is moved aside first, a window of one rename.
    /// </summary>
    public static void Exchange(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (OperatingSystem.IsLinux() && RenameExchange(staging, target)) return;
        var aside = staging + ".swap";
        Directory.Move(target, aside);
        Directory.Move(staging, target);
        Directory.Move(aside, staging);
    }

    private static bool RenameExchange(string a, string b)
    {
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchangeFlag) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchangeFlag = 2;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
