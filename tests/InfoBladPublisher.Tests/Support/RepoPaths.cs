namespace InfoBladPublisher.Tests.Support;

/// <summary>Finds the repository from the test binary, so tests use the real templates and content.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string Fonts => Path.Combine(NodeModules, "@fontsource", "fira-sans", "files");

    /// <summary>../shared/seeds beside the repository: the published documents we reproduce.</summary>
    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InfoBladPublisher.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InfoBladPublisher.sln not found above the test binary");
    }
}
