using InfoBladPublisher.Content;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Pipeline;

/// <summary>The roots a run may read from, with paths shown relative to where the user stands.</summary>
internal static class Workspace
{
    public static (ConfinedDirectory Content, ConfinedDirectory Templates) Open(string contentRoot, string templateRoot) =>
        (new ConfinedDirectory(contentRoot, Display(contentRoot)), new ConfinedDirectory(templateRoot, Display(templateRoot)));

    /// <summary>Relative to the working folder, or absolute when that would climb out of it.</summary>
    internal static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
