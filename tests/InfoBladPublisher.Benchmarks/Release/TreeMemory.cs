using System.Globalization;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>
/// The memory of a process and everything it started (the .NET process, Playwright's driver, every Chromium
/// process), sampled from /proc as the sum of their proportional set sizes (PSS): pages the Chromium processes
/// share are counted once between them, not once each as RSS would.
/// </summary>
internal sealed class TreeMemory : IDisposable
{
    private readonly int _root;
    private readonly Timer _timer;
    private long _peakKiB;

    private TreeMemory(int root)
    {
        _root = root;
        // Once a second: reading smaps_rollup walks each process's mappings, and every 150 ms it took about a
        // third of a core from the run it measured (run 6). Memory builds up over seconds, so a peak is not missed.
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    public static TreeMemory Watch(int processId) => new(processId);

    /// <summary>The highest total seen, in MiB.</summary>
    public double PeakMiB
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakKiB) / 1024.0;
        }
    }

    private void Sample()
    {
        var total = Tree(_root).Sum(PssKiB);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peakKiB);
        }
        while (total > seen && Interlocked.CompareExchange(ref _peakKiB, total, seen) != seen);
    }

    private static List<int> Tree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(children.GetValueOrDefault(tree[i]) ?? []);
        }

        return tree;
    }

    private static long PssKiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                if (line.StartsWith("Pss:", StringComparison.Ordinal))
                {
                    return long.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // gone, or not ours to read
        }

        return 0;
    }

    public void Dispose() => _timer.Dispose();
}
