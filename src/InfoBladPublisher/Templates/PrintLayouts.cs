using System.Text.RegularExpressions;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Templates;

/// <summary>
/// The print layouts: every <c>.typ</c> file in <c>templates/print/</c>, read once through the template
/// confinement and handed to Typst from memory, so Typst sees these files and nothing else of the tree.
/// </summary>
internal sealed partial class PrintLayouts
{
    public const string Folder = "print";
    public const string Extension = ".typ";

    private PrintLayouts(ConfinedDirectory root, IReadOnlyDictionary<string, byte[]> files)
    {
        Root = root;
        Files = files;
    }

    public ConfinedDirectory Root { get; }

    /// <summary>By their path in the Typst root (<c>/print/nota.typ</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The Typst root path of a type's layout, the compile's main file.</summary>
    public static string MainOf(string type) => $"/{Folder}/{type}{Extension}";

    public bool HasLayout(string type) => Files.ContainsKey(MainOf(type));

    /// <summary>The file a Typst path names, as diagnostics show it (<c>templates/print/nota.typ</c>).</summary>
    public string Display(string typstPath) => Root.Display(typstPath.TrimStart('/'));

    /// <returns>Null when a file cannot be read or imports a package (each reported).</returns>
    public static PrintLayouts? Load(ConfinedDirectory templates, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var ok = true;
        foreach (var file in templates.Files(Folder, "*" + Extension))
        {
            var bytes = templates.TryReadBytes(file, Limits.TemplateFileBytes, diagnostics, SourcePosition.StartOf(templates.Display(file)));
            if (bytes is null)
            {
                ok = false;
                continue;
            }

            if (SourceText.TryDecode(bytes, templates.Display(file), diagnostics) is not { } text)
            {
                ok = false;
                continue;
            }

            ok &= RefusePackages(text, templates.Display(file), diagnostics);
            files["/" + file.Replace('\\', '/')] = bytes;
        }

        return ok ? new PrintLayouts(templates, files) : null;
    }

    /// <summary>
    /// Typst fetches a package it is asked for from the network; a layout may use only its own files. The
    /// worker also runs with no package cache and no way out, so a package named some other way fails too.
    /// </summary>
    private static bool RefusePackages(string source, string display, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (Match match in PackageSpec().Matches(source))
        {
            var line = source[..match.Index].Count(c => c == '\n') + 1;
            var lineStart = match.Index == 0 ? 0 : source.LastIndexOf('\n', match.Index - 1) + 1;
            var column = match.Index - lineStart + 1;
            diagnostics.Report(DiagnosticCodes.PackageImport, new SourcePosition(display, line, column),
                $"'{Snippet.Of(match.Value)}' noemt een Typst-pakket; een drukopmaak mag alleen bestanden in {Folder}/ importeren (schrijf \"huisstijl.typ\" of kopieer wat nodig is naar die map)",
                $"'{Snippet.Of(match.Value)}' names a Typst package; a layout may only import files in {Folder}/ (write \"huisstijl.typ\" or copy what you need there)");
            ok = false;
        }

        return ok;
    }

    // A package spec is a string starting with @namespace/ (as in #import "@preview/cetz:0.3.0").
    [GeneratedRegex("\"@[A-Za-z0-9_-]+/[^\"]*\"")]
    private static partial Regex PackageSpec();
}
