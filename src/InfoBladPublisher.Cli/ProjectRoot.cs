namespace InfoBladPublisher.Cli;

/// <summary>
/// Run from anywhere in the repository, as git does: the default folders (content/, templates/, node_modules/,
/// artifacts/) are found from the project root above the working folder, not under it. A path the user gives
/// stays relative to where they stand.
/// </summary>
internal static class ProjectRoot
{
    private static readonly Lazy<string?> Found = new(() => Find(Directory.GetCurrentDirectory()));

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds content/ and templates/, or InfoBladPublisher.sln.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if ((Directory.Exists(Path.Combine(dir.FullName, "content")) && Directory.Exists(Path.Combine(dir.FullName, "templates")))
                || File.Exists(Path.Combine(dir.FullName, "InfoBladPublisher.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// A default folder, relative to the working folder as editors read paths (<c>content</c> at the root,
    /// <c>../../../content</c> inside a document); as given when no project root is found.
    /// </summary>
    public static string Default(string relative) =>
        Found.Value is { } root ? Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, relative)) : relative;
}
