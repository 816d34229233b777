using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Benchmarks;

/// <summary>Where the time of one check goes, stage by stage, warm.</summary>
internal static class Phases
{
    public static void Run(string content, string templates, string nodeModules, int rounds)
    {
        var markdown = new MarkdownEngine();
        var load = new List<double>();
        var html = new List<double>();
        for (var i = 0; i < rounds + 2; i++)
        {
            var bag = new DiagnosticBag();
            var workspace = Workspace.Open(content, templates, nodeModules);
            var watch = Stopwatch.StartNew();
            var loaded = LoadStage.Run(workspace, markdown, bag, fontsOptional: true);
            var afterLoad = watch.Elapsed.TotalMilliseconds;
            using (loaded?.Style)
            {
                _ = loaded is null ? null : HtmlStage.Run(loaded, markdown, bag);
            }

            if (i >= 2)
            {
                load.Add(afterLoad);
                html.Add(watch.Elapsed.TotalMilliseconds - afterLoad);
            }
        }

        Report.Row("check, load stage (warm, in process)", load);
        Report.Row("check, HTML stage (warm, in process)", html);
    }
}
