using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>Tests that kill processes run alone, so they kill only their own.</summary>
    public const string Name = "alone";
}

/// <summary>
/// A print engine that dies mid-render (killed, out of memory) or never finishes (a layout that loops) fails
/// that publish with a diagnostic, leaves the previous release as it was, and leaves no worker process behind.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class EngineKillTests
{
    [Fact]
    public async Task A_worker_killed_mid_render_Should_fail_with_a_diagnostic_and_keep_the_old_release()
    {
        using var content = new ContentTree();
        var body = string.Concat(Enumerable.Range(1, 6000).Select(i => $"Alinea {i} met genoeg woorden om een bladzijde te vullen, keer op keer en nog eens.\n\n"));
        content.Nota(ContentTree.NotaYamlWithoutNotes, body);
        using var work = new TempTree();
        work.Write("releases/v1/manifest.json", "de vorige release");
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var publish = new PublishPipeline().RunAsync(options, TextWriter.Null);
        var killed = await KillOurWorkersWhenRenderingAsync(publish);
        var result = await publish;

        Assert.True(killed > 0, "no worker process was found to kill");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RenderFailed);
        AssertOldReleaseKept(work);
        await WaitForAsync(() => OurWorkers().Count == 0, TimeSpan.FromSeconds(20));
        Assert.Empty(OurWorkers());
    }

    [Fact]
    public async Task A_layout_that_never_finishes_Should_be_stopped_at_the_time_limit_and_keep_the_old_release()
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYamlWithoutNotes, "Een alinea.\n");
        using var work = new TempTree();
        work.CopyFrom(RepoPaths.Templates, "templates");
        // Typst refuses a `while true {}` outright; a loop over a range it cannot finish runs until stopped.
        File.AppendAllText(work.PathOf("templates/print/nota.typ"), "\n#let n = 0\n#for i in range(100000000000) { n += 1 }\n");
        work.Write("releases/v1/manifest.json", "de vorige release");
        var options = new PublishOptions(content.ContentRoot, work.PathOf("templates"), RepoPaths.NodeModules, work.PathOf("releases"), "v1")
        {
            RenderTimeout = TimeSpan.FromSeconds(5),
        };

        var clock = Stopwatch.StartNew();
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        var stopped = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RenderFailed);
        Assert.Contains("did not finish within 5 s", stopped.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the publish took {clock.Elapsed}");
        AssertOldReleaseKept(work);
        await WaitForAsync(() => OurWorkers().Count == 0, TimeSpan.FromSeconds(20));
        Assert.Empty(OurWorkers());
    }

    private static void AssertOldReleaseKept(TempTree work)
    {
        Assert.Equal("de vorige release", File.ReadAllText(work.PathOf("releases/v1/manifest.json")));
        Assert.Equal(["v1"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName));
    }

    private static async Task<int> KillOurWorkersWhenRenderingAsync(Task publish)
    {
        // A worker exists only once the first document is handed to the engine; the long nota's layout then
        // takes seconds, so a kill shortly after lands in it.
        await WaitForAsync(() => OurWorkers().Count > 0 || publish.IsCompleted, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var workers = OurWorkers();
        foreach (var pid in workers)
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }

        return workers.Count;
    }

    /// <summary>Typst workers (node typst-worker.js) descended from this test process.</summary>
    private static List<int> OurWorkers()
    {
        var self = Environment.ProcessId;
        var result = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || !IsWorker(pid))
            {
                continue;
            }

            for (var parent = ParentOf(pid); parent > 1; parent = ParentOf(parent))
            {
                if (parent == self)
                {
                    result.Add(pid);
                    break;
                }
            }
        }

        return result;
    }

    private static bool IsWorker(int pid) => Proc(pid, "cmdline")?.Contains("typst-worker.js", StringComparison.Ordinal) == true;

    private static int ParentOf(int pid)
    {
        // "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
        var stat = Proc(pid, "stat");
        return stat is null ? 0 : int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A file of /proc/PID, or null once the process has gone.</summary>
    private static string? Proc(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < limit)
        {
            await Task.Delay(100);
        }
    }
}
