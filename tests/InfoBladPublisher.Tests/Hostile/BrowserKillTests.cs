using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>Tests that kill browsers run alone, so they kill only their own.</summary>
    public const string Name = "alone";
}

/// <summary>
/// A browser that dies mid-render (killed, out of memory) fails that publish with a diagnostic, leaves the
/// previous release as it was, and leaves no browser process behind.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class BrowserKillTests
{
    [Fact]
    public async Task A_browser_killed_mid_render_Should_fail_with_a_diagnostic_and_keep_the_old_release()
    {
        using var content = new ContentTree();
        var body = string.Concat(Enumerable.Range(1, 3000).Select(i => $"Alinea {i} met genoeg woorden om een bladzijde te vullen, keer op keer en nog eens.\n\n"));
        content.Nota(ContentTree.NotaYamlWithoutNotes, body);
        using var work = new TempTree();
        work.Write("releases/v1/manifest.json", "de vorige release");
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1", "/usr/bin/chromium");

        var publish = new PublishPipeline().RunAsync(options, TextWriter.Null);
        var killed = await KillOurBrowsersWhenRenderingAsync(publish);
        var result = await publish;

        Assert.True(killed > 0, "no browser process was found to kill");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RenderFailed);
        Assert.Equal("de vorige release", File.ReadAllText(work.PathOf("releases/v1/manifest.json")));
        Assert.Equal(["v1"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName));
        await WaitForAsync(() => OurBrowsers().Count == 0, TimeSpan.FromSeconds(20));
        Assert.Empty(OurBrowsers());
    }

    private static async Task<int> KillOurBrowsersWhenRenderingAsync(Task publish)
    {
        // A renderer exists only once the browser has started and opened the engine's page; killing before that
        // tests a browser that does not start (IBP052), which is not this test's case.
        await WaitForAsync(() => OurBrowsers().Any(IsRenderer) || publish.IsCompleted, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(3)); // into the layout of the long nota
        var browsers = OurBrowsers();
        foreach (var pid in browsers)
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

        return browsers.Count;
    }

    /// <summary>Chromium processes descended from this test process.</summary>
    private static List<int> OurBrowsers()
    {
        var self = Environment.ProcessId;
        var result = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || !IsChromium(pid))
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

    private static bool IsChromium(int pid) => Proc(pid, "comm")?.Trim().StartsWith("chromium", StringComparison.Ordinal) == true;

    private static bool IsRenderer(int pid) => Proc(pid, "cmdline")?.Contains("--type=renderer", StringComparison.Ordinal) == true;

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
