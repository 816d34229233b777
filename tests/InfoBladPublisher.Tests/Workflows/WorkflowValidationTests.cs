using System.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Workflows;

/// <summary>
/// Both workflow files against the GitHub Actions schema, with the pinned validator from npm
/// (@action-validator/cli, in package-lock.json): a misspelt key, a step with neither run nor uses, a wrong
/// type is found here and not by the first pull request.
/// </summary>
public sealed class WorkflowValidationTests
{
    [Theory]
    [InlineData("preview.yml")]
    [InlineData("release.yml")]
    public void The_workflow_Should_match_the_GitHub_Actions_schema(string file)
    {
        var (exit, output) = Validate(Workflow.PathOf(file));

        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("        run: ", "        runn: ")]
    [InlineData("runs-on:", "runs_on:")]
    [InlineData("timeout-minutes: 30", "timeout-minutes: dertig")]
    public void The_validator_Should_refuse_a_broken_copy(string good, string broken)
    {
        using var tree = new TempTree();
        var text = File.ReadAllText(Workflow.PathOf("preview.yml"));
        var at = text.IndexOf(good, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{good}' is not in preview.yml");
        tree.Write("preview.yml", string.Concat(text.AsSpan(0, at), broken, text.AsSpan(at + good.Length)));

        var (exit, output) = Validate(tree.PathOf("preview.yml"));

        Assert.True(exit != 0, "the validator passed a broken workflow:\n" + output);
    }

    private static (int Exit, string Output) Validate(string path)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepoPaths.NodeModules, "@action-validator", "cli", "cli.mjs"));
        start.ArgumentList.Add(path);
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "the validator hung");
        return (node.ExitCode, stdout.Result + stderr.Result);
    }
}
