using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Data;
using InfoBladPublisher.Model;
using YamlDotNet.RepresentationModel;

namespace InfoBladPublisher.Review.Selection;

/// <summary>
/// What each document of one side of a review is rendered from, read without rendering anything: every file of
/// its folder, its sender's file and logo, the datasets it declares, the documents it links to (whether they
/// exist), the template files of its type, and every content file outside the documents, senders and datasets.
/// Both sides are rendered by the same tool build with the same fonts, so equal inputs give equal outputs.
/// Everything is read through the confinement of its root: a pull request's tree is untrusted.
/// </summary>
public sealed partial class SideInputs
{
    private SideInputs(IReadOnlyDictionary<string, IReadOnlyList<DocumentInput>> documents, IReadOnlyDictionary<string, string> titles)
    {
        Documents = documents;
        Titles = titles;
    }

    /// <summary>Each document's titel, where its document.yml could be read.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>Each document id with its inputs, sorted by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DocumentInput>> Documents { get; }

    /// <param name="contentRoot">May be missing (a base from before the first document): then there are no documents.</param>
    public static SideInputs Read(string contentRoot, string templateRoot)
    {
        var content = new ConfinedDirectory(contentRoot, contentRoot);
        var templates = new ConfinedDirectory(templateRoot, templateRoot);
        var contentFiles = Hashes(content);
        var templateFiles = Hashes(templates);
        var byType = new Dictionary<string, IReadOnlyList<DocumentInput>>(StringComparer.Ordinal);
        IReadOnlyList<DocumentInput> TemplatesOf(string? type)
        {
            var key = type ?? string.Empty;
            if (!byType.TryGetValue(key, out var inputs))
            {
                inputs = [.. TemplateInputs.Of(templateFiles, p => Text(templates, p), type).Select(p => new DocumentInput("templates/" + p, templateFiles[p]))];
                byType[key] = inputs;
            }

            return inputs;
        }

        var shared = contentFiles
            .Where(f => !IsUnder(f.Key, ContentLayout.DocumentsFolder) && !IsUnder(f.Key, ContentLayout.OrganisationsFolder) && !IsUnder(f.Key, DatasetKeys.Folder))
            .Select(f => new DocumentInput("content/" + f.Key, f.Value))
            .ToList();
        var ids = contentFiles.Keys.Where(p => IsUnder(p, ContentLayout.DocumentsFolder))
            .Select(p => p.Split('/')).Where(parts => parts.Length > 2).Select(parts => parts[1])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var documents = new SortedDictionary<string, IReadOnlyList<DocumentInput>>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var own = $"{ContentLayout.DocumentsFolder}/{id}/";
            var inputs = contentFiles.Where(f => f.Key.StartsWith(own, StringComparison.Ordinal)).Select(f => new DocumentInput(f.Key[own.Length..], f.Value)).ToList();
            var metaText = Text(content, own + ContentLayout.MetadataFile);
            var meta = Mapping(metaText);
            if (Scalar(meta, MetadataKeys.Titel) is { } titel)
            {
                titles[id] = titel;
            }

            inputs.AddRange(SenderInputs(content, contentFiles, Scalar(meta, MetadataKeys.Afzender)));
            inputs.AddRange(DatasetInputs(content, contentFiles, meta));
            inputs.AddRange(LinkInputs(ids, Text(content, own + ContentLayout.BodyFile) + "\n" + metaText));
            inputs.AddRange(shared);
            inputs.AddRange(TemplatesOf(meta is null ? null : Scalar(meta, MetadataKeys.Type)));
            documents[id] = [.. inputs.OrderBy(i => i.Name, StringComparer.Ordinal)];
        }

        return new SideInputs(documents, titles);
    }

    private static IEnumerable<DocumentInput> SenderInputs(ConfinedDirectory content, IReadOnlyDictionary<string, string> files, string? afzender)
    {
        if (afzender is null)
        {
            yield break;
        }

        var file = $"{ContentLayout.OrganisationsFolder}/{afzender}.yml";
        yield return new DocumentInput("organisatie " + afzender, files.GetValueOrDefault(file, "missing"));
        if (Scalar(Mapping(Text(content, file)), "logo") is { } logo)
        {
            yield return new DocumentInput("logo " + logo, files.GetValueOrDefault(logo.Replace('\\', '/').TrimStart('/'), "missing"));
        }
    }

    private static IEnumerable<DocumentInput> DatasetInputs(ConfinedDirectory content, IReadOnlyDictionary<string, string> files, YamlMappingNode? meta)
    {
        if (meta is null || !meta.Children.TryGetValue(MetadataKeys.Datasets, out var node) || node is not YamlMappingNode declared)
        {
            yield break;
        }

        foreach (var id in declared.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>())
        {
            var folder = $"{DatasetKeys.Folder}/{id}/";
            var all = files.Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal)).Select(f => f.Key + " " + f.Value + "\n");
            var hash = Hashing.Sha256Hex(Encoding.UTF8.GetBytes(string.Concat(all)));
            var definition = Mapping(Text(content, folder + "dataset.yml"));
            var version = definition is null ? null : $"versie {Scalar(definition, DatasetKeys.Versie) ?? "?"}, peildatum {Scalar(definition, DatasetKeys.Peildatum) ?? "?"}";
            yield return new DocumentInput("dataset " + id, hash, version);
        }
    }

    /// <summary>A <c>doc:</c> link prints only the other document's id, so what counts is whether it exists.</summary>
    private static IEnumerable<DocumentInput> LinkInputs(IReadOnlyList<string> ids, string text) =>
        DocLink().Matches(text).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal)
            .Select(target => new DocumentInput("doc:" + target, ids.Contains(target, StringComparer.Ordinal) ? "exists" : "missing"));

    /// <summary>Every file's hash; a file that cannot be read is given a value of its own, so it counts as changed on both sides.</summary>
    private static Dictionary<string, string> Hashes(ConfinedDirectory root) =>
        root.Exists
            ? FolderHashes.Of(root).ToDictionary(f => f.Path, f => f.Sha256OrProblem.Length == 64 ? f.Sha256OrProblem : $"unreadable ({f.Sha256OrProblem}) {Guid.NewGuid():N}", StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    private static bool IsUnder(string path, string folder) => path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string? Text(ConfinedDirectory root, string path) =>
        root.TryReadBytes(path, Limits.BodyFileBytes, out _) is { } bytes ? ConfinedDirectory.Decode(bytes) : null;

    /// <summary>The YAML's top mapping; null when it is not one (the head's own check reports why).</summary>
    private static YamlMappingNode? Mapping(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static string? Scalar(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

    [GeneratedRegex(@"doc:(?<id>[A-Za-z0-9][A-Za-z0-9._-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex DocLink();
}
