using System.Text.RegularExpressions;

namespace InfoBladPublisher.Tests.Architecture;

/// <summary>
/// Which folder of src/InfoBladPublisher uses which: an edge A → B when a file in A names a top-level type
/// declared in B. Read from the source, so it sees fully qualified names and usings alike.
/// </summary>
internal static partial class FolderGraph
{
    public static SortedDictionary<string, SortedSet<string>> Read(string sourceRoot)
    {
        var files = Directory.GetFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToList();
        string FolderOf(string file) => Path.GetRelativePath(sourceRoot, file).Split(Path.DirectorySeparatorChar) is { Length: > 1 } parts ? parts[0] : "(root)";

        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match m in Declaration().Matches(File.ReadAllText(file)))
            {
                declaredIn[m.Groups["name"].Value] = FolderOf(file);
            }
        }

        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var from = FolderOf(file);
            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = new SortedSet<string>(StringComparer.Ordinal);
            var code = StringLiteral().Replace(Comment().Replace(File.ReadAllText(file), string.Empty), "\"\"");
            foreach (Match token in TypeName().Matches(code))
            {
                if (declaredIn.TryGetValue(token.Value, out var to) && to != from)
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    /// <returns>A cycle as a path (A → B → A), or null.</returns>
    public static IReadOnlyList<string>? FindCycle(SortedDictionary<string, SortedSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the path, 2: done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return graph.Keys.Where(k => state.GetValueOrDefault(k) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex(@"^(?:public |internal )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|struct|enum|interface) (?<name>[A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"//.*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex TypeName();
}
