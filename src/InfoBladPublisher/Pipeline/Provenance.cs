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

        // The fonts come from npm, not from the tree: the ones Typst lays the PDFs out with.
        foreach (var font in Rendering.Pdf.TypstEngine.FontFiles)
        {
            var file = Path.Combine(options.NodeModules, font);
            if (File.Exists(file))
            {
                inputs["fonts/" + Path.GetFileName(font)] = Hashing.Sha256Hex(File.ReadAllBytes(file));
            }
        }

        var library = typeof(Provenance).Assembly;
        var version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var tool = new ManifestTool("InfoBladPublisher", version, library.ManifestModule.ModuleVersionId.ToString("N"), $"{options.Engine} {engineVersion}");
        return new Provenance(inputs.Select(i => new ManifestSource(i.Key, i.Value)).ToList(), tool, options.Commit);
    }
}
