// A no-op `dotnet cake` skips the .NET build (restore and compile, some 15 s) when no source file changed
// since the last successful build: the stamp lists every build input by path, size and modification time.
public static class BuildStamp
{
    private static readonly string[] Roots = { "src", "tests", "build" };
    private static readonly string[] TopFiles = { "InfoBladPublisher.sln", "Directory.Build.props", "global.json", "dotnet-tools.json" };

    public static string PathFor(string configuration) => $"artifacts/build/{configuration}.stamp";

    public static string Compute(string configuration)
    {
        var lines = new System.Collections.Generic.List<string> { "configuration " + configuration };
        foreach (var file in TopFiles.Where(System.IO.File.Exists))
        {
            lines.Add(Describe(file));
        }

        foreach (var root in Roots.Where(System.IO.Directory.Exists))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(root, "*", System.IO.SearchOption.AllDirectories)
                .Where(f => !IsOutput(f)).OrderBy(f => f, StringComparer.Ordinal))
            {
                lines.Add(Describe(file));
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    public static bool IsCurrent(string configuration, string stamp, IEnumerable<string> outputs) =>
        System.IO.File.Exists(PathFor(configuration)) && System.IO.File.ReadAllText(PathFor(configuration)) == stamp && outputs.All(System.IO.File.Exists);

    public static void Record(string configuration, string stamp)
    {
        System.IO.Directory.CreateDirectory("artifacts/build");
        System.IO.File.WriteAllText(PathFor(configuration), stamp);
    }

    private static bool IsOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains("node_modules") || parts.Contains("Baselines");
    }

    private static string Describe(string file)
    {
        var info = new System.IO.FileInfo(file);
        return $"{file.Replace('\\', '/')} {info.Length} {info.LastWriteTimeUtc.Ticks}";
    }
}
