using System.Globalization;
using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Model;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// The HTML of each document from the previous run, kept by the preview so a save re-renders only what it
/// touched. A document is rendered again when any input of its pages changed: its own folder, the senders,
/// the datasets it uses, the templates, or the set of documents its links may name. Files are compared by
/// size and modification time (not read), datasets by the hashes the loader already took.
/// </summary>
internal sealed class RenderCache
{
    private readonly Dictionary<string, (string Key, RenderedDocument Rendered)> _byId = new(StringComparer.Ordinal);
    private string _shared = string.Empty;

    /// <summary>How many documents the last run took from the cache, for the benchmark and the log.</summary>
    public int Reused { get; private set; }

    /// <summary>Stamps what every document shares (senders, templates, the set of ids) once per run.</summary>
    public void BeginRun(Workspace workspace, IEnumerable<string> documentIds)
    {
        Reused = 0;
        var shared = new StringBuilder();
        Stamp(shared, workspace.Content, ContentLayout.OrganisationsFolder);
        Stamp(shared, workspace.Templates, string.Empty);
        _shared = shared.Append(string.Join(",", documentIds.Order(StringComparer.Ordinal))).ToString();
    }

    public RenderedDocument? Find(string id, string key)
    {
        if (_byId.TryGetValue(id, out var entry) && entry.Key == key)
        {
            Reused++;
            return entry.Rendered;
        }

        return null;
    }

    public void Keep(string key, RenderedDocument rendered) => _byId[rendered.Document.Id] = (key, rendered);

    /// <summary>Everything the pages of <paramref name="doc"/> are made from, as one string (after <see cref="BeginRun"/>).</summary>
    public string KeyOf(Document doc, Workspace workspace)
    {
        // The mode first: an internal page (Woo passages shown) can never be found for a public one.
        var key = new StringBuilder("mode ").Append(workspace.Redaction).Append('\n');
        Stamp(key, workspace.Content, Path.Combine(ContentLayout.DocumentsFolder, doc.Id));
        if (doc.Afzender.Logo is { } logo)
        {
            key.Append("logo ").Append(Hashing.Sha256Hex(logo.Bytes)).Append('\n');
        }

        foreach (var file in doc.Body.Datasets.SelectMany(d => d.Files))
        {
            key.Append(file.Path).Append(' ').Append(file.Sha256).Append('\n');
        }

        return key.Append(_shared).ToString();
    }

    private static void Stamp(StringBuilder key, ConfinedDirectory root, string folder)
    {
        foreach (var file in root.Walk(folder).Files)
        {
            key.Append(file.FullPath).Append(' ').Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(file.LastWriteUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
