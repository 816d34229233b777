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
            // One pass, left to right: a "//" inside a string (a URL) is the string's, not a comment that hides the lines after it.
            var code = CommentOrString().Replace(File.ReadAllText(file), m => m.Value.StartsWith("//", StringComparison.Ordinal) ? string.Empty : "\"\"");
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

    /// <summary>
    /// The graph as docs/architecture.md states it: the fenced block after the line that names
    /// <c>Architecture/FolderGraphTests</c>, one or more entries a line, each <c>Folder → A, B</c> or
    /// <c>Folder → (none)</c>, entries apart by two spaces or more. A folder stated twice is an error.
    /// </summary>
    public static SortedDictionary<string, SortedSet<string>> ReadTable(string markdown)
    {
        var lines = markdown.Split('\n');
        var named = Array.FindIndex(lines, l => l.Contains("`Architecture/FolderGraphTests`", StringComparison.Ordinal));
        var open = named < 0 ? -1 : Array.FindIndex(lines, named, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = open < 0 ? -1 : Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        if (close < 0)
        {
            throw new FormatException("no fenced block after the line naming `Architecture/FolderGraphTests`");
        }

        var table = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines[(open + 1)..close].Where(l => l.Trim().Length > 0))
        {
            foreach (var entry in EntrySeparator().Split(line.Trim()))
            {
                var m = TableEntry().Match(entry);
                if (!m.Success)
                {
                    throw new FormatException($"not 'Folder → A, B' or 'Folder → (none)': '{entry}'");
                }

                var uses = m.Groups["none"].Success ? [] : m.Groups["uses"].Value.Split(", ");
                if (!table.TryAdd(m.Groups["from"].Value, new SortedSet<string>(uses, StringComparer.Ordinal)))
                {
                    throw new FormatException($"{m.Groups["from"].Value} is stated twice");
                }
            }
        }

        return table;
    }

    /// <returns>Every edge one graph has and the other lacks, and every folder only one of them names; empty when they agree.</returns>
    public static IReadOnlyList<string> Differences(SortedDictionary<string, SortedSet<string>> stated, SortedDictionary<string, SortedSet<string>> read)
    {
        var differences = new List<string>();
        foreach (var folder in stated.Keys.Union(read.Keys).Order(StringComparer.Ordinal))
        {
            if (!stated.TryGetValue(folder, out var said))
            {
                differences.Add($"{folder} is not in the table");
                continue;
            }

            if (!read.TryGetValue(folder, out var found))
            {
                differences.Add($"{folder} is in the table but is no folder of the source");
                continue;
            }

            differences.AddRange(found.Except(said).Select(to => $"missing from the table: {folder} → {to}"));
            differences.AddRange(said.Except(found).Select(to => $"in the table but not in the source: {folder} → {to}"));
        }

        return differences;
    }

    [GeneratedRegex(@"^(?<from>[A-Z]\w*) → (?:(?<none>\(none\))|(?<uses>[A-Z]\w*(?:, [A-Z]\w*)*))$")]
    private static partial Regex TableEntry();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex EntrySeparator();

    [GeneratedRegex(@"^(?:public |internal )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|struct|enum|interface) (?<name>[A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""|//.*")]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex TypeName();
}
