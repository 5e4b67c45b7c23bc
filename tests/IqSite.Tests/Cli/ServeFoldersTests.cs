using IqSite.Cli.Commands;
using IqSite.Write;

namespace IqSite.Tests.Cli;

/// <summary>A killed preview leaves its site, the staging folder and folders set aside for deletion beside it in the temp folder; the next preview removes them.</summary>
public sealed class ServeFoldersTests
{
    [Fact]
    public void Folders_of_ended_previews_are_removed_and_those_of_running_ones_kept()
    {
        // Process ids are below 2^22 on Linux: this one is never running.
        var ended = Path.Combine(Path.GetTempPath(), $"{ServeCommand.FolderPrefix}{int.MaxValue}");
        var running = Path.Combine(Path.GetTempPath(), $"{ServeCommand.FolderPrefix}{Environment.ProcessId}");
        const string setAside = WriteStage.StagingSuffix + ".deleting-0123abcd";
        string[] folders = [ended, ended + WriteStage.StagingSuffix, ended + setAside, running, running + WriteStage.StagingSuffix, running + setAside];
        foreach (var folder in folders) File.WriteAllText(Path.Combine(Directory.CreateDirectory(folder).FullName, "index.html"), "<p>x</p>");
        try
        {
            ServeCommand.RemoveFoldersOfEndedPreviews();

            Assert.False(Directory.Exists(ended));
            Assert.False(Directory.Exists(ended + WriteStage.StagingSuffix));
            Assert.False(Directory.Exists(ended + setAside));
            Assert.True(Directory.Exists(running));
            Assert.True(Directory.Exists(running + WriteStage.StagingSuffix));
            Assert.True(Directory.Exists(running + setAside));
        }
        finally
        {
            foreach (var folder in folders.Where(Directory.Exists)) Directory.Delete(folder, recursive: true);
        }
    }
}
