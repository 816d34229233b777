using System.Globalization;
using InfoBladPublisher.StressCorpus;

// stress-corpus --out DIR [--seed N] [--documents N] [--benchmark | --review | --traps] [--long PAGES]: writes a content tree of
// generated documents (--benchmark: the release benchmark's mix of 2 to 40 pages; --review: the review benchmark's, four types and 100 datasets; --traps: the stress mix with the layout traps of issue 32; --long: one extra long nota).
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a, p => p.i + 1 < args.Length ? args[p.i + 1] : string.Empty, StringComparer.Ordinal);
if (!options.TryGetValue("--out", out var output) || output.Length == 0)
{
    Console.Error.WriteLine("usage: stress-corpus --out DIR [--seed N] [--documents N] [--benchmark | --review | --traps] [--long PAGES]");
    return 2;
}

var seed = options.TryGetValue("--seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : CorpusGenerator.DefaultSeed;
var count = options.TryGetValue("--documents", out var d) ? int.Parse(d, CultureInfo.InvariantCulture) : CorpusGenerator.DefaultDocuments;
var shape = options.ContainsKey("--traps") ? CorpusShape.Traps : options.ContainsKey("--review") ? CorpusShape.Review : options.ContainsKey("--benchmark") ? CorpusShape.Benchmark : CorpusShape.Stress;
if (options.TryGetValue("--long", out var longPages))
{
    shape = shape with { LongDocumentPages = int.Parse(longPages, CultureInfo.InvariantCulture) };
}

var corpus = new CorpusGenerator(seed).Write(output, count, shape);
Console.WriteLine($"wrote {corpus.Documents.Count} documents with {corpus.Documents.Sum(x => x.Notes)} notes to {Path.Combine(output, "content")}");
return 0;
