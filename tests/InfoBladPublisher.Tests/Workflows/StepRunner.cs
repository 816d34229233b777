using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Tests.Workflows;

/// <summary>What one run step did.</summary>
internal sealed record StepResult(WorkflowStep Step, int Exit, IReadOnlyList<string> Output);

/// <summary>
/// Runs the <c>run:</c> steps of a job as the runner does: each as a bash script (<c>bash --noprofile --norc
/// -eo pipefail</c>) in the workspace, with GITHUB_STEP_SUMMARY and GITHUB_WORKSPACE set, <c>${{ … }}</c>
/// replaced from the values given (any other expression fails the test), and a step after a failure run only
/// when its <c>if:</c> says <c>always()</c>. A <c>uses:</c> step is not run here; the test does what it would.
/// </summary>
internal sealed partial class StepRunner(string workspace, string summaryFile, string shims, IReadOnlyDictionary<string, string> expressions)
{
    public List<StepResult> Results { get; } = [];

    public bool Failed => Results.Any(r => r.Exit != 0);

    /// <param name="uses">What to do for a <c>uses:</c> step (null: nothing).</param>
    public void RunJob(IEnumerable<WorkflowStep> steps, Action<WorkflowStep>? uses = null)
    {
        foreach (var step in steps)
        {
            if (Failed && step.If?.Contains("always()", StringComparison.Ordinal) != true)
            {
                continue;
            }

            if (step.Run is null)
            {
                uses?.Invoke(step);
                continue;
            }

            Results.Add(Run(step));
        }
    }

    private StepResult Run(WorkflowStep step)
    {
        var script = Path.Combine(Path.GetTempPath(), $"infoblad-step-{Guid.NewGuid():N}.sh");
        File.WriteAllText(script, Expand(step.Run!));
        try
        {
            var start = new ProcessStartInfo("bash") { WorkingDirectory = workspace, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", script })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["GITHUB_STEP_SUMMARY"] = summaryFile;
            start.Environment["GITHUB_WORKSPACE"] = workspace;
            start.Environment["GITHUB_ACTIONS"] = "true";
            start.Environment["CI"] = "true";
            start.Environment["PATH"] = shims + ":" + Environment.GetEnvironmentVariable("PATH");
            var output = new List<string>();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Add(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Add(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(25)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"step '{step.Name}' ran past 25 minutes");
            }

            process.WaitForExit();
            return new StepResult(step, process.ExitCode, output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private string Expand(string run) => Expression().Replace(run, m =>
    {
        var name = m.Groups["name"].Value;
        Assert.True(expressions.TryGetValue(name, out var value), $"the run step uses ${{{{ {name} }}}}, which this test does not provide");
        return value!;
    });

    public string Describe() => string.Join("\n", Results.Select(r => $"--- {r.Step.Name}: exit {r.Exit}\n{string.Join('\n', r.Output.TakeLast(60))}"));

    [GeneratedRegex(@"\$\{\{\s*(?<name>[^}]*?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
