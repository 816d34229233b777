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

        var roots = paths.Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar)).ToList();
        return diagnostics.Where(d =>
        {
            var file = Path.GetFullPath(d.Position.File);
            return roots.Any(r => file == r || file.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        }).ToList();
    }
}
