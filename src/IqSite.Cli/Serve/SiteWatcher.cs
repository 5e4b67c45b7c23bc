using System.Threading.Channels;

namespace IqSite.Cli.Serve;

/// <summary>
/// Watches the input and theme folders and calls back once per burst of changes: editors'
/// saves often arrive as several events (write, rename, attribute change) within milliseconds.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    // The events of one save come within a few milliseconds of each other (an in-place write, or
    // a temporary file renamed over the old one); every millisecond waited here delays the reload.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SiteWatcher(IEnumerable<string> folders, Func<IReadOnlyList<string>, Task> onChange)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            _watchers.Add(watcher);
        }
        _loop = Task.Run(() => LoopAsync(onChange));
    }

    private async Task LoopAsync(Func<IReadOnlyList<string>, Task> onChange)
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (reader.TryRead(out var path)) changed.Add(path);
                    await Task.Delay(Quiet, _stop.Token);
                } while (reader.TryPeek(out _));
                await onChange([.. changed]);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _stop.Cancel();
        _loop.Wait(TimeSpan.FromSeconds(2));
        _stop.Dispose();
    }
}
