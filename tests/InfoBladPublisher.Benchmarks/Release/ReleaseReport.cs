using System.Globalization;
using System.Text;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>The figures of one benchmark run as Markdown, with each target of issue 22 (and those of issue 11 still kept) judged from them.</summary>
internal sealed class ReleaseReport(string machine)
{
    private const string Start = "<!-- release-benchmark: written by the benchmark, do not edit by hand -->";
    private const string End = "<!-- /release-benchmark -->";

    private readonly List<(int Size, string What, TimeSpan Elapsed, double PeakMiB, int? Pages, string Note)> _rows = [];
    private readonly List<string> _peers = [];
    private readonly Dictionary<string, TimeSpan> _peerSingle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Documents, TimeSpan Total)> _peerTotals = new(StringComparer.Ordinal);
    private (DocumentTiming Short, DocumentTiming Long)? _perPage;
    private (TimeSpan Elapsed, bool Written)? _oursSingle;

    public Dictionary<int, (TimeSpan Elapsed, int Documents)> Warm { get; } = [];

    /// <summary>Issue 32's 960-note nota through <c>infoblad render --pdf</c>, and WeasyPrint on its web page.</summary>
    public LongNota.Figures? LongNota { get; set; }

    /// <summary>Cold releases sharded over two processes, smallest first.</summary>
    public List<ShardedRelease.Figures> Sharded { get; } = [];

    public void Add(int size, string what, TimeSpan elapsed, double peakMiB, int? pages, string note = "") => _rows.Add((size, what, elapsed, peakMiB, pages, note));

    public void PerPage(DocumentTiming shortDocument, DocumentTiming longDocument) => _perPage = (shortDocument, longDocument);

    public void Peer(PeerTool tool, int documents, TimeSpan total, IReadOnlyList<TimeSpan> each, int failed)
    {
        _peerTotals[tool.Name] = (documents, total);
        _peers.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {tool.Name} {tool.Version} | {documents} | {total.TotalSeconds:0.0} s | {each[each.Count / 2].TotalSeconds:0.0} s | {failed} |"));
    }

    public void PeerSingle(PeerTool tool, TimeSpan total) => _peerSingle[tool.Name] = total;

    public void OursSingle(TimeSpan elapsed, bool written) => _oursSingle = (elapsed, written);

    public string Markdown(IReadOnlyList<int> sizes)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {machine}.\n\n");
        md.Append("| corpus | measurement | time | peak memory (.NET + Typst workers, PSS) | pages | note |\n| ---: | --- | ---: | ---: | ---: | --- |\n");
        foreach (var row in _rows.OrderBy(r => r.Size))
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {row.Size} | {row.What} | {row.Elapsed.TotalSeconds:0.00} s | {row.PeakMiB:0} MiB | {(row.Pages is { } p ? p.ToString(CultureInfo.InvariantCulture) : "")} | {row.Note} |\n");
        }

        if (_perPage is var (shortDoc, longDoc))
        {
            md.Append("\n| one document, alone, compiler warm (whole publish: layout, gate, release) | pages | time | per page |\n| --- | ---: | ---: | ---: |\n");
            foreach (var (name, doc) in new[] { ("10-page nota", shortDoc), ("long nota", longDoc) })
            {
                md.Append(CultureInfo.InvariantCulture, $"| {name} | {doc.Pages} | {doc.Elapsed.TotalSeconds:0.0} s | {doc.Elapsed.TotalMilliseconds / doc.Pages:0} ms |\n");
            }
        }

        if (_peers.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\nPeers on the documents' web pages (there is no print HTML), one whole process per document, {Environment.ProcessorCount} at a time:\n\n");
            md.Append("| tool | documents | all of them | per document (median) | failed |\n| --- | ---: | ---: | ---: | ---: |\n");
            md.AppendJoin('\n', _peers).Append('\n');
        }

        if (LongNota is { } nota)
        {
            md.Append("\n| the generated long nota (`longdoc.py CONTENT 480 ID jenv-dgm 1`), whole process | pages | notes | time | per page | peak memory |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
            md.Append(CultureInfo.InvariantCulture, $"| `infoblad render --pdf` (layout, gate, PDF/UA-1 and PDF/A-2a) | {nota.Pages} | {nota.Notes} | {nota.Ours.TotalSeconds:0.0} s | {nota.Ours.TotalMilliseconds / nota.Pages:0} ms | {nota.OursPeakMiB:0} MiB |\n");
            if (nota.Peer is { } peer)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {nota.PeerName} on its web page | | | {peer.TotalSeconds:0.0} s{(nota.PeerFailed ? " (failed)" : string.Empty)} | | |\n");
            }
        }

        if (Sharded.Count > 0)
        {
            md.Append("\n| cold release sharded over 2 processes (`publish --shard 1/2` and `2/2` at once, then `assemble`) | pages | time | of which the shards | assemble | pages/s | peak memory (both shards and their workers, PSS) |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var run in Sharded)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {run.Documents} documents | {run.Pages} | {run.Elapsed.TotalSeconds:0.0} s | {run.Shards.TotalSeconds:0.0} s | {run.Assemble.TotalSeconds:0.0} s | {run.Pages / run.Elapsed.TotalSeconds:0.0} | {run.PeakMiB:0} MiB |\n");
            }

            if (Sharded.Count > 1)
            {
                var (small, large) = (Sharded[0], Sharded[^1]);
                md.Append(CultureInfo.InvariantCulture,
                    $"\nFrom {small.Documents} to {large.Documents} documents: pages ×{(double)large.Pages / small.Pages:0.0}, time ×{large.Elapsed / small.Elapsed:0.0}, pages a second ×{large.Pages / large.Elapsed.TotalSeconds / (small.Pages / small.Elapsed.TotalSeconds):0.00}, peak memory ×{large.PeakMiB / small.PeakMiB:0.00}.\n");
            }
        }

        md.Append("\n**Targets**\n\n| target | measured | met |\n| --- | --- | --- |\n");
        foreach (var (target, measured, met) in Targets(sizes))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {target} | {measured} | {(met is null ? "not measured" : met.Value ? "yes" : "**no**")} |\n");
        }

        return md.ToString();
    }

    /// <summary>Puts the figures into docs/performance.md between its markers, leaving the rest of the page alone.</summary>
    public static void WriteInto(string page, string markdown)
    {
        var text = File.ReadAllText(page);
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"{page} lacks the markers {Start} … {End}");
        }

        File.WriteAllText(page, text[..(from + Start.Length)] + "\n" + markdown + text[to..]);
    }

    private IEnumerable<(string Target, string Measured, bool? Met)> Targets(IReadOnlyList<int> sizes)
    {
        var largest = sizes.Max();
        TimeSpan? Row(int size, string prefix) => _rows.Where(r => r.Size == size && r.What.StartsWith(prefix, StringComparison.Ordinal)).Select(r => (TimeSpan?)r.Elapsed).FirstOrDefault();
        static string S(TimeSpan? t) => t is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v.TotalSeconds:0.0} s") : "–";

        if (_peerTotals.FirstOrDefault(p => p.Key.StartsWith("WeasyPrint", StringComparison.Ordinal)) is { Key: { } name } weasy && Warm.TryGetValue(largest, out var warm))
        {
            var (documents, total) = weasy.Value;
            // Scaled only when the peer ran on fewer documents than the release.
            var scaled = total / documents * warm.Documents;
            var same = documents == warm.Documents ? "the same corpus" : $"{documents} documents scaled to {warm.Documents}";
            yield return ($"warm full release of {largest} documents ≥ 5× faster than WeasyPrint",
                string.Create(CultureInfo.InvariantCulture, $"{S(warm.Elapsed)} against {S(scaled)} ({same}): {scaled / warm.Elapsed:0.0}×"),
                scaled / warm.Elapsed >= 5);
        }

        if (_oursSingle is var (ours, written))
        {
            var peer = _peerSingle.Count == 0 ? string.Empty : $" (fastest peer, one document: {_peerSingle.MinBy(p => p.Value).Key} {S(_peerSingle.Values.Min())})";
            yield return ("one short document through `infoblad render`, whole process ≤ 1 s", S(ours) + (written ? string.Empty : ", **no PDF written**") + peer, written && ours <= TimeSpan.FromSeconds(1));
        }

        var cake = Row(largest, "no-op `dotnet cake`");
        yield return ($"no-op `dotnet cake` on {largest} documents < 5 s", S(cake), cake is null ? null : cake < TimeSpan.FromSeconds(5));
        var noop = Row(largest, "no-op rebuild");
        yield return ($"the publish inside it < 2 s", S(noop), noop is null ? null : noop < TimeSpan.FromSeconds(2));

        var one = _rows.FirstOrDefault(r => r.Size == largest && r.What.StartsWith("rebuild after changing one document", StringComparison.Ordinal));
        yield return ("a rebuild after one changed document ≤ its render + 1 s", one.What is null ? "–" : $"{S(one.Elapsed)}; {one.Note}",
            one.What is null ? null : OwnRender(one.Note) is { } own && one.Elapsed <= own + TimeSpan.FromSeconds(1));

        // No run at this size is no figure, not a pass.
        var peaks = _rows.Where(r => r.Size == largest).Select(r => r.PeakMiB).ToList();
        yield return ($"peak memory for {largest} documents < 1 GiB",
            peaks.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{peaks.Max():0} MiB (the highest of every run above)"),
            peaks.Count == 0 ? null : peaks.Max() < 1024);

        if (_perPage is var (shortDoc, longDoc))
        {
            var ratio = longDoc.Elapsed.TotalMilliseconds / longDoc.Pages / (shortDoc.Elapsed.TotalMilliseconds / shortDoc.Pages);
            yield return ($"the {longDoc.Pages}-page nota, gate included, ≤ 6 s", S(longDoc.Elapsed), longDoc.Elapsed <= TimeSpan.FromSeconds(6));
            yield return ($"time per page of the {longDoc.Pages}-page document within 1.2× a 10-page one", string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}×"), ratio <= 1.2);
        }

        if (LongNota is { Peer: { } weasyPrint } nota)
        {
            yield return ($"the generated {nota.Notes}-note nota through `infoblad render --pdf` ≥ 5× faster than WeasyPrint on its web page",
                string.Create(CultureInfo.InvariantCulture, $"{S(nota.Ours)} against {S(weasyPrint)}: {weasyPrint / nota.Ours:0.0}×{(nota.PeerFailed ? " (the peer failed)" : string.Empty)}"),
                !nota.PeerFailed && weasyPrint / nota.Ours >= 5);
        }
    }

    private static TimeSpan? OwnRender(string note)
    {
        var at = note.IndexOf("own render ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var number = note[(at + "own render ".Length)..].Split(' ')[0];
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }
}
