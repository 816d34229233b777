using System.Reflection;
using InfoBladPublisher.Common;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Pipeline;

/// <summary>What a release was made from, for its manifest: every input by SHA-256, the tool and engine, the commit.</summary>
internal sealed record Provenance(IReadOnlyList<ManifestSource> Inputs, ManifestTool Tool, string? Commit)
{
    public static Provenance Of(Workspace workspace, HtmlStage.Output html, PublishOptions options, string engineVersion)
    {
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, sha256) in workspace.Content.Reads)
        {
            inputs["content/" + path] = sha256;
        }

        foreach (var (path, hash) in FolderHashes.Of(workspace.Templates))
        {
            inputs["templates/" + path] = hash;
        }

        // The fonts come from npm, not from the tree: the ones the pages load.
        var fonts = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var document in html.Documents)
        {
            foreach (var (path, bytes) in PdfCache.AssetsOf(document.PrintHtml, p => fonts.TryGetValue(p, out var known) ? known : fonts[p] = html.Style.Assets.TryRead(p)))
            {
                if (path.StartsWith("fonts/", StringComparison.Ordinal) && bytes is not null)
                {
                    inputs[path] = Hashing.Sha256Hex(bytes);
                }
            }
        }

        var library = typeof(Provenance).Assembly;
        var version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var tool = new ManifestTool("InfoBladPublisher", version, library.ManifestModule.ModuleVersionId.ToString("N"), $"{options.Engine} {engineVersion}");
        return new Provenance(inputs.Select(i => new ManifestSource(i.Key, i.Value)).ToList(), tool, options.Commit);
    }
}
