using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Cli;

/// <summary><c>check PATH…</c>: the problems in the files an editor is working on, not those of the whole repository.</summary>
internal static class DiagnosticFilter
{
    public static IReadOnlyList<Diagnostic> Under(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return diagnostics;
        }

        var roots = paths.Select(Full).ToList();
        return diagnostics.Where(d => roots.Any(r => IsUnder(Full(d.Position.File), r))).ToList();
    }

    /// <summary>
    /// A path that does not exist, or lies outside the content and template folders, can hold no problem of
    /// theirs: without this, a mistyped path or a different checkout would be answered with "no errors".
    /// </summary>
    public static IReadOnlyList<Diagnostic> Unplaced(IReadOnlyList<string> paths, string content, string templates)
    {
        var roots = new[] { Real(content), Real(templates) };
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            // Real paths, as the content reader resolves them: content/link -> /etc is outside too.
            var full = Real(path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                problems.Add(Diagnostic.Create(DiagnosticCodes.MissingFile, SourcePosition.StartOf(path),
                    $"'{path}' bestaat niet, dus niets daarin is gecontroleerd",
                    $"'{path}' does not exist, so nothing in it was checked"));
            }
            else if (!roots.Any(r => IsUnder(full, r) || IsUnder(r, full)))
            {
                problems.Add(Diagnostic.Create(DiagnosticCodes.PathOutsideRoot, SourcePosition.StartOf(path),
                    $"'{path}' ligt buiten de inhoudsmap ({content}) en de sjablonenmap ({templates}), en alleen die leest check; geef --content of --templates om een andere boom te controleren",
                    $"'{path}' is outside the content folder ({content}) and the templates folder ({templates}), which are what check reads; give --content or --templates to check another tree"));
            }
        }

        return problems;
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    private static string Real(string path) => Common.RealPath.Of(Full(path)) is { } real ? real.TrimEnd(Path.DirectorySeparatorChar) : Full(path);

    private static bool IsUnder(string file, string root) =>
        file == root || file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
