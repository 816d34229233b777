using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Model;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// The web pages of earlier publishes, kept on disk beside the PDFs: a document whose inputs are all
/// unchanged is not rendered again. The key is the SHA-256 of the bytes read for it, never of dates or sizes:
/// its own files and every content file that is not another document's text or an unused dataset (senders,
/// logos, images), the datasets it uses, every template and font file, the set of document ids (links name
/// them), and this tool's build. Only pages rendered without a single diagnostic are kept, so a hit means the
/// same pages and no diagnostics, as a render would give.
/// </summary>
internal sealed class HtmlCache
{
    private const string WebPart = "web.html";

    private readonly EntryStore _store;
    private string _shared = string.Empty;

    public HtmlCache(string cacheFolder) => _store = new EntryStore(Path.Combine(cacheFolder, "html"));

    /// <summary>Hashes what every document shares, once per run: templates, fonts, the ids, this tool.</summary>
    public void BeginRun(Workspace workspace, IEnumerable<string> documentIds)
    {
        var shared = new StringBuilder("html ").Append(typeof(HtmlCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        shared.Append("redaction ").Append(workspace.Redaction).Append('\n');
        shared.Append("ids ").AppendJoin(',', documentIds.Order(StringComparer.Ordinal)).Append('\n');
        HashFolder(shared, "template", workspace.Templates);
        HashFolder(shared, "font", new ConfinedDirectory(workspace.FontsFolder, workspace.FontsFolder));
        _shared = shared.ToString();
    }

    public string KeyOf(Document doc, Workspace workspace)
    {
        var own = $"{ContentLayout.DocumentsFolder}/{doc.Id}/";
        var datasets = doc.Body.Datasets.SelectMany(d => d.Files).Select(f => f.Path.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var key = new StringBuilder(_shared);
        foreach (var (path, sha256) in workspace.Content.Reads.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var otherText = path.StartsWith(ContentLayout.DocumentsFolder + "/", StringComparison.Ordinal) && !path.StartsWith(own, StringComparison.Ordinal)
                && (path.EndsWith("/" + ContentLayout.MetadataFile, StringComparison.Ordinal) || path.EndsWith("/" + ContentLayout.BodyFile, StringComparison.Ordinal));
            var otherDataset = path.StartsWith(Data.DatasetKeys.Folder + "/", StringComparison.Ordinal) && !datasets.Contains(path);
            if (!otherText && !otherDataset)
            {
                key.Append(path).Append(' ').Append(sha256).Append('\n');
            }
        }

        return Hashing.Sha256Hex(Encoding.UTF8.GetBytes(key.ToString()));
    }

    /// <summary>False for a write-only spool (<c>--no-cache</c>): every page is rendered, and stored only for the release to copy.</summary>
    public bool Lookups { get; init; } = true;

    /// <returns>Where the web page is (it stays on disk).</returns>
    public StoredPage? TryGet(string key) =>
        Lookups && _store.TryGet(key) is { } entry && entry.Parts.TryGetValue(WebPart, out var web)
            ? new StoredPage(_store.PartPath(key, WebPart), entry.Hashes[WebPart], web.LongLength)
            : null;

    /// <returns>Where the web page went, or null when it could not be stored (it then stays in memory).</returns>
    public StoredPage? Put(string key, string web)
    {
        var webBytes = Encoding.UTF8.GetBytes(web);
        return _store.Put(key, new Dictionary<string, byte[]>(StringComparer.Ordinal) { [WebPart] = webBytes }, 0) is { } hashes
            ? new StoredPage(_store.PartPath(key, WebPart), hashes[WebPart], webBytes.LongLength)
            : null;
    }

    private static void HashFolder(StringBuilder key, string kind, ConfinedDirectory root)
    {
        key.Append(kind).Append(root.Exists ? " folder\n" : " none\n");
        foreach (var (path, hash) in FolderHashes.Of(root))
        {
            key.Append(kind).Append(' ').Append(path).Append(' ').Append(hash).Append('\n');
        }
    }
}
