using System.Reflection;
using InfoBladPublisher.Common;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Pipeline;

/// <summary>What a release was made from, for its manifest: every input by SHA-256, the tool and engine, the commit and whether the work tree matched it.</summary>
internal sealed record Provenance(IReadOnlyList<ManifestSource> Inputs, ManifestTool Tool, string? Commit, ManifestWorkTree WorkTree)
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

        // The fonts come from npm, not from the tree: the ones the web pages embed (css/fonts.css names them) ...
        foreach (var path in html.Style.Assets.BundledFontFiles())
        {
            if (html.Style.Assets.TryRead(path) is { } bytes)
            {
                inputs[path] = Hashing.Sha256Hex(bytes);
            }
        }

        // ... and the ones Typst lays the PDFs out with.
        foreach (var file in Rendering.Pdf.TypstEngine.FontPaths(options.NodeModules).Where(File.Exists))
        {
            inputs["fonts/" + Path.GetFileName(file)] = Hashing.Sha256Hex(File.ReadAllBytes(file));
        }

        var library = typeof(Provenance).Assembly;
        var version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var tool = new ManifestTool("InfoBladPublisher", version, library.ManifestModule.ModuleVersionId.ToString("N"), $"{options.Engine} {engineVersion}");
        return new Provenance(inputs.Select(i => new ManifestSource(i.Key, i.Value)).ToList(), tool, options.Commit, ManifestWorkTree.Of(options.WorkTreeChanges));
    }
}
