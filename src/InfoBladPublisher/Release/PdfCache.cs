using System.Globalization;
using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Release;

/// <summary>
/// PDFs from earlier runs, content-addressed: the key is the hash of everything the engine sees for a document
/// (the layouts, its data, its logo, images and charts, the engine and its version with its fonts, and this
/// tool's version). Rendering is deterministic, so a hit gives the same bytes a
/// render would. Only PDFs that passed the layout gate are stored. An entry whose bytes do not match the hash
/// it was stored with is deleted and rendered again; it never reaches a release.
/// </summary>
internal sealed class PdfCache
{
    private const string Part = "pdf";
    private const string ArchivePart = "pdfa";
    private const string RedactionsPart = "gelakt.txt";

    private readonly EntryStore _store;
    private readonly string _versions;

    // Every document of a run names the same stylesheets and fonts: hash each array once.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], string> _hashes = [];

    /// <param name="versions">The engine's name and version (a change to either, or to this tool, empties the cache in effect).</param>
    public PdfCache(string folder, string versions)
    {
        _store = new EntryStore(Path.Combine(folder, "pdf"));
        // Builds are deterministic, so the module id changes exactly when this tool's code or scripts change.
        _versions = versions + " " + typeof(PdfCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    }

    /// <summary>False for a write-only spool (<c>--no-cache</c>): every document is rendered, and only stored to be copied into the release.</summary>
    public bool Lookups { get; init; } = true;

    /// <summary>The key of one document's PDFs: every file Typst is handed for it (layouts, data, logo, images, charts).</summary>
    public string KeyOf(IReadOnlyDictionary<string, byte[]> files)
    {
        var key = new StringBuilder(_versions).Append('\n');
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // The layouts are the same arrays for every document of a run: hash each once.
            key.Append(path).Append(' ').Append(_hashes.GetValue(bytes, Hashing.Sha256Hex)).Append('\n');
        }

        return Hashing.Sha256Hex(Encoding.UTF8.GetBytes(key.ToString()));
    }

    /// <summary>A sound entry, checked against its hash; its bytes are not kept, the release copies the files.</summary>
    public StoredPdf? TryGet(string key)
    {
        if (!Lookups || _store.TryGet(key) is not { } entry || !entry.Parts.TryGetValue(Part, out var pdf) || !entry.Parts.TryGetValue(ArchivePart, out var archive) || entry.Number < 1)
        {
            return null;
        }

        return new StoredPdf(_store.PartPath(key, Part), entry.Hashes[Part], pdf.LongLength, entry.Number,
            new StoredCopy(_store.PartPath(key, ArchivePart), entry.Hashes[ArchivePart], archive.LongLength))
        {
            Redactions = entry.Parts.TryGetValue(RedactionsPart, out var bars) ? RedactionLocation.FromBytes(bars) : [],
        };
    }

    /// <summary>Stores the PDFs of a document that passed the gate.</summary>
    /// <returns>Where they are, or null when they could not be stored (they then stay in memory for this run).</returns>
    public StoredPdf? Put(string key, byte[] pdf, byte[] archive, int pages, IReadOnlyList<RedactionLocation> redactions) =>
        _store.Put(key, new Dictionary<string, byte[]>(StringComparer.Ordinal) { [Part] = pdf, [ArchivePart] = archive, [RedactionsPart] = RedactionLocation.ToBytes(redactions) }, pages) is { } hashes
            ? new StoredPdf(_store.PartPath(key, Part), hashes[Part], pdf.LongLength, pages, new StoredCopy(_store.PartPath(key, ArchivePart), hashes[ArchivePart], archive.LongLength)) { Redactions = redactions }
            : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PdfCache({_store.Folder})");
}
