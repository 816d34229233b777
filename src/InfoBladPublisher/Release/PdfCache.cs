using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InfoBladPublisher.Common;
using InfoBladPublisher.Rendering.Assets;

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
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string _folder;
    private readonly string _versions;

    // Every document of a run names the same stylesheets and fonts: hash each array once.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], string> _hashes = [];

    /// <param name="versions">The engine's name and version (a change to either, or to this tool, empties the cache in effect).</param>
    public PdfCache(string folder, string versions)
    {
        _folder = Path.Combine(folder, "pdf");
        // Builds are deterministic, so the module id changes exactly when this tool's code or scripts change.
        _versions = versions + " " + typeof(PdfCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    }

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

    /// <returns>The PDF and its page count, or null when there is no sound entry.</returns>
    public (byte[] Pdf, int Pages)? TryGet(string key)
    {
        var (pdfPath, metaPath) = Paths(key);
        try
        {
            if (!File.Exists(pdfPath) || !File.Exists(metaPath))
            {
                return null;
            }

            var meta = JsonSerializer.Deserialize<Entry>(File.ReadAllText(metaPath), Json);
            var pdf = File.ReadAllBytes(pdfPath);
            if (meta is null || meta.Sha256 != Hashing.Sha256Hex(pdf) || meta.Pages < 1)
            {
                Forget(pdfPath, metaPath);
                return null;
            }

            return (pdf, meta.Pages);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            Forget(pdfPath, metaPath);
            return null;
        }
    }

    /// <summary>Stores a PDF that passed the gate; a failure to store only costs a render next time.</summary>
    public void Put(string key, byte[] pdf, int pages)
    {
        var (pdfPath, metaPath) = Paths(key);
        try
        {
            Directory.CreateDirectory(_folder);
            WholeFile.Write(pdfPath, pdf);
            WholeFile.Write(metaPath, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Entry(Hashing.Sha256Hex(pdf), pages), Json)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Forget(pdfPath, metaPath);
        }
    }

    /// <summary>The stylesheets and images the page names and what the stylesheets load (fonts, images), each once.</summary>
    private static IEnumerable<(string Path, byte[]? Bytes)> AssetsOf(string printHtml, Func<string, byte[]?> readAsset)
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

    private (string Pdf, string Meta) Paths(string key) => (Path.Combine(_folder, key + ".pdf"), Path.Combine(_folder, key + ".json"));

    private static void Forget(params string[] paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // it will be overwritten by the next render
            }
        }
    }

    private sealed record Entry(string Sha256, int Pages);

    [GeneratedRegex(@"(?:href|src)=""assets/(?<path>[^""]+)""")]
    private static partial Regex Linked();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PdfCache({_folder})");
}
