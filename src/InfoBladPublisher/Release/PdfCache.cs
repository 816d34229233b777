using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Common;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Release;

/// <summary>
/// PDFs from earlier runs, content-addressed: the key is the hash of everything the engine sees for a document
/// (its print HTML, its own files such as the logo, every asset the page and its stylesheets load, the engine
/// and its version, and this tool's version). Rendering is deterministic, so a hit gives the same bytes a
/// render would. Only PDFs that passed the layout gate are stored. An entry whose bytes do not match the hash
/// it was stored with is deleted and rendered again; it never reaches a release.
/// </summary>
internal sealed partial class PdfCache
{
    private const string Part = "pdf";
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

    /// <summary>The key of one document's PDF.</summary>
    /// <param name="readAsset">Reads a path below assets/, as the engine would be served it (the same array for the same file is hashed once).</param>
    public string KeyOf(string printHtml, IReadOnlyDictionary<string, byte[]> ownFiles, Func<string, byte[]?> readAsset)
    {
        var key = new StringBuilder(_versions).Append('\n').Append(Hashing.Sha256Hex(Encoding.UTF8.GetBytes(printHtml))).Append('\n');
        foreach (var (path, bytes) in ownFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            key.Append(path).Append(' ').Append(Hashing.Sha256Hex(bytes)).Append('\n');
        }

        foreach (var asset in AssetsOf(printHtml, readAsset))
        {
            key.Append(asset.Path).Append(' ').Append(asset.Bytes is null ? "missing" : _hashes.GetValue(asset.Bytes, Hashing.Sha256Hex)).Append('\n');
        }

        return Hashing.Sha256Hex(Encoding.UTF8.GetBytes(key.ToString()));
    }

    /// <summary>A sound entry, checked against its hash; its bytes are not kept, the release copies the file.</summary>
    public StoredPdf? TryGet(string key)
    {
        if (!Lookups || _store.TryGet(key) is not { } entry || !entry.Parts.TryGetValue(Part, out var pdf) || entry.Number < 1)
        {
            return null;
        }

        return new StoredPdf(_store.PartPath(key, Part), entry.Hashes[Part], pdf.LongLength, entry.Number)
        {
            Redactions = entry.Parts.TryGetValue(RedactionsPart, out var bars) ? RedactionLocation.FromBytes(bars) : [],
        };
    }

    /// <summary>Stores a PDF that passed the gate.</summary>
    /// <returns>Where it is, or null when it could not be stored (it then stays in memory for this run).</returns>
    public StoredPdf? Put(string key, byte[] pdf, int pages, IReadOnlyList<RedactionLocation> redactions) =>
        _store.Put(key, new Dictionary<string, byte[]>(StringComparer.Ordinal) { [Part] = pdf, [RedactionsPart] = RedactionLocation.ToBytes(redactions) }, pages) is { } hashes
            ? new StoredPdf(_store.PartPath(key, Part), hashes[Part], pdf.LongLength, pages) { Redactions = redactions }
            : null;

    /// <summary>The stylesheets and images the page names and what the stylesheets load (fonts, images), each once.</summary>
    internal static IEnumerable<(string Path, byte[]? Bytes)> AssetsOf(string printHtml, Func<string, byte[]?> readAsset)
    {
        var seen = new SortedDictionary<string, byte[]?>(StringComparer.Ordinal);
        var pending = new Queue<string>(Linked().Matches(printHtml).Select(m => m.Groups["path"].Value));
        while (pending.TryDequeue(out var path))
        {
            if (seen.ContainsKey(path))
            {
                continue;
            }

            var bytes = readAsset(path);
            seen[path] = bytes;
            if (bytes is not null && path.EndsWith(".css", StringComparison.Ordinal))
            {
                var folder = Path.GetDirectoryName(path) ?? string.Empty;
                foreach (Match url in AssetLinker.CssUrl().Matches(Encoding.UTF8.GetString(bytes)))
                {
                    pending.Enqueue(AssetLinker.NormalisePath(Path.Combine(folder, url.Groups["url"].Value)));
                }
            }
        }

        return seen.Select(s => (s.Key, s.Value));
    }

    [GeneratedRegex(@"(?:href|src)=""assets/(?<path>[^""]+)""")]
    private static partial Regex Linked();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PdfCache({_store.Folder})");
}
