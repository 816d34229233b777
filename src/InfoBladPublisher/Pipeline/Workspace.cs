using InfoBladPublisher.Common;

namespace InfoBladPublisher.Pipeline;

/// <summary>The roots a run may read from (content, templates, the npm packages with the bundled fonts), with paths shown relative to where the user stands.</summary>
internal sealed record Workspace(ConfinedDirectory Content, ConfinedDirectory Templates, string NodeModules)
{
    /// <summary>The web pages' and charts' Fira Sans (WOFF2 and TTF from @fontsource).</summary>
    public string FontsFolder => PublishOptions.FontsFolderIn(NodeModules);

    /// <summary>The public build (the default, and the only one that can be a release) or the internal one.</summary>
    public Redaction.RedactionMode Redaction { get; init; } = InfoBladPublisher.Redaction.RedactionMode.Public;

    public static Workspace Open(string contentRoot, string templateRoot, string nodeModules) =>
        new(new ConfinedDirectory(contentRoot, Display(contentRoot)), new ConfinedDirectory(templateRoot, Display(templateRoot)), nodeModules);

    /// <summary>Relative to the working folder, or absolute when that would climb out of it.</summary>
    internal static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
