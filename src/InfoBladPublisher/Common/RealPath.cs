namespace InfoBladPublisher.Common;

/// <summary>
/// The path with every symbolic link resolved, in every component, the way the kernel would walk it.
/// Checking only the last component lets a linked folder (content/logos -> /proc/self) lead anywhere.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links too (ELOOP); a loop must not hang the build.</summary>
    private const int MaxLinks = 40;

    /// <returns>The real path; parts that do not exist are kept as written. Null for a link loop.</returns>
    public static string? Of(string absolutePath)
    {
        var root = Path.GetPathRoot(absolutePath) ?? "/";
        var pending = new Stack<string>(Components(absolutePath).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
            }

            foreach (var component in Components(target).Reverse())
            {
                pending.Push(component);
            }
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
