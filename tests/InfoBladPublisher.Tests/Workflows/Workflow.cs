using YamlDotNet.RepresentationModel;

namespace InfoBladPublisher.Tests.Workflows;

/// <summary>One step of a job, as the workflow file writes it.</summary>
internal sealed record WorkflowStep(string Name, string? Run, string? Uses, string? If, IReadOnlyDictionary<string, string> With);

/// <summary>A GitHub Actions workflow file read as data: its jobs' steps and its env, nothing interpreted.</summary>
internal sealed class Workflow
{
    private readonly YamlMappingNode _root;

    private Workflow(YamlMappingNode root) => _root = root;

    public static string PathOf(string file) => Path.Combine(Support.RepoPaths.Root, ".github", "workflows", file);

    public static Workflow Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return new Workflow((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public IReadOnlyDictionary<string, string> Env => Scalars(_root, "env");

    public IReadOnlyList<WorkflowStep> Steps(string job)
    {
        var jobs = (YamlMappingNode)_root.Children[new YamlScalarNode("jobs")];
        var steps = (YamlSequenceNode)((YamlMappingNode)jobs.Children[new YamlScalarNode(job)]).Children[new YamlScalarNode("steps")];
        return [.. steps.Children.Cast<YamlMappingNode>().Select((step, i) => new WorkflowStep(
            Scalar(step, "name") ?? Scalar(step, "uses") ?? $"step {i + 1}",
            Scalar(step, "run"),
            Scalar(step, "uses"),
            Scalar(step, "if"),
            Scalars(step, "with")))];
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static Dictionary<string, string> Scalars(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map.Children.Where(c => c.Value is YamlScalarNode).ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
