namespace InfoBladPublisher.Preview;

/// <summary>Watches the content and template folders and calls back once a burst of saves has settled.</summary>
internal sealed class ContentWatcher : IDisposable
{
    // Editors save several files at once (and some save by write-and-rename): wait for quiet.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ContentWatcher(IEnumerable<string> folders, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Poke() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
