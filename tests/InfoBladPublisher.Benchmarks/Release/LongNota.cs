using UglyToad.PdfPig;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>
/// Issue 32's long nota: 480 sections and 960 notes, made by the shared generator (<c>longdoc.py</c>), beside the
/// repository's own content. Ours goes through <c>infoblad render --pdf</c>, the whole process; WeasyPrint gets the
/// same document's web page, in the same run.
/// </summary>
internal static class LongNota
{
    public const string Id = "2025-01-01-nota-lang";

    public sealed record Figures(TimeSpan Ours, double OursPeakMiB, int Pages, int Notes, TimeSpan? Peer, string? PeerName, bool PeerFailed);

    /// <returns>Null when the generator is not beside the repository (../shared/bench/longdoc.py).</returns>
    public static Figures? Run(string root, string cli, string work, PeerTool? weasyPrint)
    {
        var generator = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", "longdoc.py"));
        if (!File.Exists(generator))
        {
            Console.Error.WriteLine($"the long nota is not measured: {generator} is missing");
            return null;
        }

        var folder = Path.Combine(work, "long-nota");
        var content = Path.Combine(folder, "content");
        BenchCorpus.CopyTree(Path.Combine(root, "content"), content);
        CommandRun.Start("python3", [generator, content, "480", Id, "jenv-dgm", "1"], root).Succeeded("longdoc.py");
        var notes = File.ReadAllLines(Path.Combine(content, "documenten", Id, "tekst.md")).Count(l => l.StartsWith("[^", StringComparison.Ordinal));

        var output = Path.Combine(folder, "render");
        var ours = CommandRun.Start("dotnet", [cli, "render", Id, "--pdf", "--content", content, "--templates", Path.Combine(root, "templates"), "--out", output], root, ReleaseBenchmark.English)
            .Succeeded("render of the long nota");
        using var pdf = PdfDocument.Open(Path.Combine(output, Id + ".pdf"));
        var pages = pdf.NumberOfPages;

        if (weasyPrint is null)
        {
            return new Figures(ours.Elapsed, ours.PeakMiB, pages, notes, null, null, false);
        }

        var page = PeerTools.ExportPrintPages(content, Path.Combine(root, "templates"), Path.Combine(root, "node_modules"), Path.Combine(folder, "peer"), int.MaxValue, only: Id).Single();
        var (total, _, failed) = PeerTools.Run(weasyPrint, [page], 1);
        return new Figures(ours.Elapsed, ours.PeakMiB, pages, notes, total, $"{weasyPrint.Name} {weasyPrint.Version}", failed > 0);
    }
}
