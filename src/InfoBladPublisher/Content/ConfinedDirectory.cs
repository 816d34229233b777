namespace InfoBladPublisher.Content;

/// <summary>
/// File access limited to one root (the content or the template folder). Paths that climb out of the
/// root, directly or through a symbolic link, are refused, so content and templates cannot read other files.
/// </summary>
public sealed class ConfinedDirectory
{
    private readonly string _root;

    public ConfinedDirectory(string root, string displayRoot)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        DisplayRoot = displayRoot;
    }

    public string FullPath => _root;

    /// <summary>How paths are shown in diagnostics: relative to where the user ran the command.</summary>
    public string DisplayRoot { get; }

    public string Display(string relativePath) => Path.Combine(DisplayRoot, relativePath).Replace('\\', '/');

    public bool Exists => Directory.Exists(_root);

    /// <returns>The full path, or null when <paramref name="relativePath"/> leaves the root.</returns>
    public string? Resolve(string relativePath)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!IsInside(full))
        {
            return null;
        }

        // A link inside the root may still point outside it.
        var info = new FileInfo(full);
        var target = info.Exists || Directory.Exists(full) ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
        return target is null || IsInside(Path.GetFullPath(target.FullName)) ? full : null;
    }

    public bool FileExists(string relativePath) => Resolve(relativePath) is { } full && File.Exists(full);

    public string ReadAllText(string relativePath) =>
        File.ReadAllText(Resolve(relativePath) ?? throw new UnauthorizedAccessException($"'{relativePath}' is outside {DisplayRoot}"));

    public byte[] ReadAllBytes(string relativePath) =>
        File.ReadAllBytes(Resolve(relativePath) ?? throw new UnauthorizedAccessException($"'{relativePath}' is outside {DisplayRoot}"));

    /// <summary>Relative paths of the files directly in <paramref name="folder"/>, sorted for a stable order.</summary>
    public IReadOnlyList<string> Files(string folder, string pattern)
    {
        var full = Resolve(folder);
        return full is null || !Directory.Exists(full)
            ? []
            : Directory.GetFiles(full, pattern).Select(f => Path.GetRelativePath(_root, f)).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Folders(string folder)
    {
        var full = Resolve(folder);
        return full is null || !Directory.Exists(full)
            ? []
            : Directory.GetDirectories(full).Select(f => Path.GetRelativePath(_root, f)).Order(StringComparer.Ordinal).ToList();
    }

    private bool IsInside(string full) =>
        full.Equals(_root, StringComparison.Ordinal) || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
