namespace InfoBladPublisher.Common;

/// <summary>Why a walk left an entry out.</summary>
internal enum WalkProblemKind
{
    /// <summary>A symbolic link whose target is outside the root.</summary>
    LeadsOutside,

    /// <summary>A link that cannot be resolved (a loop of links) or that leads back to a folder it is in.</summary>
    LinkLoop,

    /// <summary>A FIFO, socket or device: nothing to read, and reading one can block or never end.</summary>
    NotAFile,

    /// <summary>More files and folders than <see cref="Limits.TreeEntries"/>: the walk stopped.</summary>
    TooMany,

    /// <summary>Folders nested deeper than <see cref="Limits.NestingDepth"/>.</summary>
    TooDeep,

    /// <summary>A folder that cannot be listed.</summary>
    Unreadable,
}

/// <param name="Path">Relative to the root, with '/'.</param>
internal sealed record WalkProblem(string Path, WalkProblemKind Kind);

/// <param name="Path">Relative to the root, with '/', as reached (through a link inside the root, the link's path).</param>
/// <param name="FullPath">The real path, inside the root.</param>
/// <param name="ThroughLink">Reached through a symbolic link (inside the root): its target can change under an unchanged link.</param>
internal sealed record WalkedFile(string Path, string FullPath, long Length, DateTime LastWriteUtc, bool ThroughLink);

internal sealed record TreeListing(IReadOnlyList<WalkedFile> Files, IReadOnlyList<WalkProblem> Problems)
{
    public static readonly TreeListing Empty = new([], []);
}

internal sealed partial class ConfinedDirectory
{
    /// <summary>
    /// Every regular file below <paramref name="folder"/>, by one walk that never leaves the root: a link is
    /// resolved before it is followed, and one that leads out, loops, or names a FIFO or device is a problem, not
    /// an entry. Bounded by <see cref="Limits.TreeEntries"/> and <see cref="Limits.NestingDepth"/>. Every
    /// enumeration of content and templates goes through here (hashes, stamps, provenance, the preview's keys).
    /// </summary>
    public TreeListing Walk(string folder = "")
    {
        var start = folder.Length == 0 ? _root : Resolve(folder);
        if (start is null || !Directory.Exists(start))
        {
            return TreeListing.Empty;
        }

        var files = new List<WalkedFile>();
        var problems = new List<WalkProblem>();
        var pending = new Stack<(string Real, string Relative, int Depth, bool ThroughLink, IReadOnlySet<string> Ancestors)>();
        pending.Push((start, folder.Replace('\\', '/').Trim('/'), 0, false, new HashSet<string>(StringComparer.Ordinal) { start }));
        var seen = 0;
        while (pending.TryPop(out var dir))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(dir.Real).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = false })
                    .OrderByDescending(e => e.Name, StringComparer.Ordinal)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new WalkProblem(dir.Relative, WalkProblemKind.Unreadable));
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = dir.Relative.Length == 0 ? entry.Name : dir.Relative + "/" + entry.Name;
                if (++seen > Limits.TreeEntries)
                {
                    problems.Add(new WalkProblem(folder, WalkProblemKind.TooMany));
                    return Sorted(files, problems);
                }

                var isLink = entry.LinkTarget is not null;
                var real = isLink ? RealPath.Of(entry.FullName) : entry.FullName;
                if (real is null)
                {
                    problems.Add(new WalkProblem(relative, WalkProblemKind.LinkLoop));
                }
                else if (!IsInside(real))
                {
                    problems.Add(new WalkProblem(relative, WalkProblemKind.LeadsOutside));
                }
                else if (Directory.Exists(real))
                {
                    if (dir.Ancestors.Contains(real) || dir.Ancestors.Any(a => a.StartsWith(real + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                    {
                        problems.Add(new WalkProblem(relative, WalkProblemKind.LinkLoop));
                    }
                    else if (dir.Depth + 1 > Limits.NestingDepth)
                    {
                        problems.Add(new WalkProblem(relative, WalkProblemKind.TooDeep));
                    }
                    else
                    {
                        pending.Push((real, relative, dir.Depth + 1, dir.ThroughLink || isLink, new HashSet<string>(dir.Ancestors, StringComparer.Ordinal) { real }));
                    }
                }
                else if (FileKind.IsRegularFile(real))
                {
                    var info = new FileInfo(real);
                    files.Add(new WalkedFile(relative, real, info.Length, info.LastWriteTimeUtc, dir.ThroughLink || isLink));
                }
                else if (Path.Exists(real))
                {
                    problems.Add(new WalkProblem(relative, WalkProblemKind.NotAFile));
                }
                else
                {
                    // a link to nothing: no file to read, and a path that names it is reported where it is named
                }
            }
        }

        return Sorted(files, problems);
    }

    /// <summary>Walks the whole root and reports each problem at its path, so check refuses what publish would.</summary>
    /// <returns>True when the walk found nothing to report.</returns>
    public bool ReportWalk(Diagnostics.DiagnosticBag diagnostics)
    {
        var problems = Walk().Problems;
        foreach (var problem in problems)
        {
            var shown = Display(problem.Path);
            var at = Diagnostics.SourcePosition.StartOf(shown);
            switch (problem.Kind)
            {
                case WalkProblemKind.LeadsOutside:
                    diagnostics.Report(Diagnostics.DiagnosticCodes.PathOutsideRoot, at, $"'{shown}' is een symbolische link die buiten {DisplayRoot} leidt; alleen bestanden daarbinnen kunnen worden gebruikt, dus verwijder de link of kopieer waar die naar verwijst", $"'{shown}' is a symbolic link that leads outside {DisplayRoot}; only files inside it can be used, so remove the link or copy what it points to");
                    break;
                case WalkProblemKind.LinkLoop:
                    diagnostics.Report(Diagnostics.DiagnosticCodes.PathOutsideRoot, at, $"'{shown}' is een symbolische link die in een kring verwijst (naar zichzelf of naar een map waar die in staat); verwijder de link", $"'{shown}' is a symbolic link that loops (to itself or to a folder it is in); remove it");
                    break;
                case WalkProblemKind.NotAFile:
                    diagnostics.Report(Diagnostics.DiagnosticCodes.FileUnreadable, at, $"'{shown}' is geen gewoon bestand (maar een FIFO, socket of apparaat); alleen bestanden en mappen kunnen worden gebruikt", $"'{shown}' is not a regular file (a FIFO, socket or device); only files and folders can be used");
                    break;
                case WalkProblemKind.TooMany:
                    diagnostics.Report(Diagnostics.DiagnosticCodes.OverLimit, at, $"{shown} bevat meer dan {Limits.TreeEntries:N0} bestanden en mappen (de grens); de rest is niet bekeken", $"{shown} holds more than {Limits.TreeEntries:N0} files and folders (the limit); the rest were not looked at");
                    break;
                case WalkProblemKind.TooDeep:
                    diagnostics.Report(Diagnostics.DiagnosticCodes.OverLimit, at, $"'{shown}' ligt meer dan {Limits.NestingDepth} mappen diep (de grens)", $"'{shown}' is nested more than {Limits.NestingDepth} folders deep (the limit)");
                    break;
                case WalkProblemKind.Unreadable:
                    diagnostics.Report(Diagnostics.DiagnosticCodes.FileUnreadable, at, $"de inhoud van de map '{shown}' kan niet worden gelezen", $"the folder '{shown}' cannot be listed");
                    break;
            }
        }

        return problems.Count == 0;
    }

    private static TreeListing Sorted(List<WalkedFile> files, List<WalkProblem> problems) =>
        new([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal)]);
}
