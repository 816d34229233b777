using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

/// <summary>
/// File access limited to one root (the content or the template folder). Every path is resolved to its real
/// path, following each link in each component, and refused when that leaves the root; every read has a
/// size limit. Nothing in content or templates reads a file any other way.
/// </summary>
internal sealed partial class ConfinedDirectory
{
    private readonly string _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _reads = new(StringComparer.Ordinal);

    public ConfinedDirectory(string root, string displayRoot)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        // The root itself is chosen by whoever runs the build, so a link there is trusted.
        _root = Path.TrimEndingDirectorySeparator(RealPath.Of(full) ?? full);
        DisplayRoot = displayRoot;
    }

    public string FullPath => _root;

    /// <summary>Every file read so far (relative path, with '/') and the SHA-256 of what was read: the inputs of a run, for cache keys.</summary>
    public IReadOnlyDictionary<string, string> Reads => _reads;

    /// <summary>How paths are shown in diagnostics: relative to where the user ran the command.</summary>
    public string DisplayRoot { get; }

    public string Display(string relativePath) => Path.Combine(DisplayRoot, relativePath).Replace('\\', '/');

    public bool Exists => Directory.Exists(_root);

    /// <returns>The real path, or null when <paramref name="relativePath"/> or any link on the way leaves the root.</returns>
    public string? Resolve(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var lexical = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!IsInside(lexical))
        {
            return null;
        }

        var real = RealPath.Of(lexical);
        return real is not null && IsInside(real) ? real : null;
    }

    public FileProblem Check(string relativePath) => Check(relativePath, out _);

    /// <param name="full">The real path when the file can be read, for a caller that streams it.</param>
    public FileProblem Check(string relativePath, out string? full)
    {
        full = Resolve(relativePath);
        return full is null ? FileProblem.Outside
            : !File.Exists(full) ? FileProblem.Missing
            : FileKind.IsRegularFile(full) ? FileProblem.None : FileProblem.NotAFile;
    }

    public bool FileExists(string relativePath) => Check(relativePath) == FileProblem.None;

    /// <summary>A file's SHA-256, streamed through the confinement (no size limit: nothing is held), or null with the reason.</summary>
    public string? TryHash(string relativePath, out FileProblem problem)
    {
        problem = Check(relativePath, out var full);
        if (problem != FileProblem.None)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(full!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Hashing.Sha256Hex(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = FileProblem.Unreadable;
            return null;
        }
    }

    /// <returns>The bytes, or null with the reason; never more than <paramref name="maxBytes"/> are read.</returns>
    public byte[]? TryReadBytes(string relativePath, long maxBytes, out FileProblem problem)
    {
        problem = Check(relativePath, out var full);
        if (problem != FileProblem.None)
        {
            return null;
        }

        try
        {
            // Only a regular file gets here (a FIFO would wait for a writer that never comes); one without bytes
            // need not be opened.
            if (new FileInfo(full!).Length == 0)
            {
                _reads[Relative(relativePath)] = Hashing.Sha256Hex([]);
                return [];
            }

            using var stream = new FileStream(full!, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > maxBytes)
            {
                problem = FileProblem.TooLarge;
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            _reads[Relative(relativePath)] = Hashing.Sha256Hex(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = FileProblem.Unreadable;
            return null;
        }
    }

    private string Relative(string relativePath) => Path.GetRelativePath(_root, Path.GetFullPath(Path.Combine(_root, relativePath))).Replace('\\', '/');

    /// <summary>Reads a text file as <see cref="SourceText"/> does, reporting why not at <paramref name="reportAt"/> (or the file's start).</summary>
    /// <param name="metadata">YAML metadata, where hidden characters are refused too.</param>
    public string? TryReadText(string relativePath, long maxBytes, DiagnosticBag diagnostics, SourcePosition? reportAt = null, bool metadata = false) =>
        TryReadBytes(relativePath, maxBytes, diagnostics, reportAt) is { } bytes ? SourceText.TryDecode(bytes, Display(relativePath), diagnostics, metadata) : null;

    /// <summary>Reads a file, reporting why not at <paramref name="reportAt"/> (or the file's start).</summary>
    public byte[]? TryReadBytes(string relativePath, long maxBytes, DiagnosticBag diagnostics, SourcePosition? reportAt = null)
    {
        var bytes = TryReadBytes(relativePath, maxBytes, out var problem);
        if (bytes is null)
        {
            Report(problem, relativePath, maxBytes, reportAt ?? SourcePosition.StartOf(Display(relativePath)), diagnostics);
        }

        return bytes;
    }

    /// <summary>Lenient UTF-8, without a byte-order mark, for text that was already checked or is only shown.</summary>
    public static string Decode(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    public void Report(FileProblem problem, string relativePath, long maxBytes, SourcePosition at, DiagnosticBag diagnostics)
    {
        var shown = Display(relativePath);
        switch (problem)
        {
            case FileProblem.Missing:
                diagnostics.Report(DiagnosticCodes.MissingFile, at, $"'{shown}' bestaat niet", $"'{shown}' does not exist");
                break;
            case FileProblem.Outside:
                diagnostics.Report(DiagnosticCodes.PathOutsideRoot, at, $"'{shown}' leidt buiten {DisplayRoot} (via '..', een absoluut pad of een symbolische link); alleen bestanden daarbinnen kunnen worden gebruikt", $"'{shown}' leads outside {DisplayRoot} (through '..', an absolute path or a symbolic link); only files inside it can be used");
                break;
            case FileProblem.TooLarge:
                diagnostics.Report(DiagnosticCodes.FileTooLarge, at, $"'{shown}' is groter dan de grens van {Limits.Describe(maxBytes)}", $"'{shown}' is larger than the limit of {Limits.Describe(maxBytes)}");
                break;
            case FileProblem.Unreadable:
                diagnostics.Report(DiagnosticCodes.FileUnreadable, at, $"'{shown}' kan niet worden gelezen", $"'{shown}' cannot be read");
                break;
            case FileProblem.NotAFile:
                diagnostics.Report(DiagnosticCodes.FileUnreadable, at, $"'{shown}' is geen gewoon bestand (maar een FIFO, socket of apparaat); alleen bestanden kunnen worden gebruikt", $"'{shown}' is not a regular file (a FIFO, socket or device); only files can be used");
                break;
        }
    }

    /// <summary>Relative paths of the files directly in <paramref name="folder"/>, sorted for a stable order.</summary>
    public IReadOnlyList<string> Files(string folder, string pattern) => List(folder, full => Directory.GetFiles(full, pattern));

    public IReadOnlyList<string> Folders(string folder) => List(folder, Directory.GetDirectories);

    private List<string> List(string folder, Func<string, string[]> list)
    {
        var full = Resolve(folder);
        if (full is null || !Directory.Exists(full))
        {
            return [];
        }

        // Relative to the folder as named, so a listed entry resolves (and is confined) like any other path.
        return list(full).Select(f => Path.Combine(folder, Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
    }

    private bool IsInside(string full) =>
        full.Equals(_root, StringComparison.Ordinal) || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
