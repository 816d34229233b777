using InfoBladPublisher.Release;

namespace InfoBladPublisher.Tests.Workflows;

/// <summary>
/// The run steps of both workflows, read from the files and run in the layout the workflow makes (issue 24):
/// the preview with the base at the root and the pull request's tree in pr-head/, and the release as two shard
/// jobs and the assembly. Each job installs and builds as on a fresh runner, so this is slow (minutes).
/// The uses: steps (checkout, setup-dotnet, setup-node, artifacts) are done by the test; see docs/review.md.
/// </summary>
public sealed class WorkflowRunTests(WorkflowWorkspace workspace) : IClassFixture<WorkflowWorkspace>
{
    private const string ChangedDocument = "content/documenten/2024-06-07-nota-informatieverzoek-veldkamp/tekst.md";

    [Fact]
    public void The_preview_workflow_Should_write_the_report_the_summary_and_annotations_on_the_pull_requests_files()
    {
        var ws = workspace.Repository;
        Clean(ws);
        var head = Path.Combine(ws, "pr-head");
        foreach (var folder in new[] { "content", "templates" })
        {
            CopyFolder(Path.Combine(ws, folder), Path.Combine(head, folder));
        }

        // The pull request changes one document's text and leaves a warning (an unused link definition) in it.
        File.AppendAllText(Path.Combine(head, ChangedDocument), "\nEen zin die de pull request toevoegt.\n\n[Let op]: https://example.org/let-op\n");
        var summary = workspace.PathOf("preview-summary.md");
        var runner = new StepRunner(ws, summary, workspace.Shims, new Dictionary<string, string>());

        runner.RunJob(Workflow.Read(Workflow.PathOf("preview.yml")).Steps("preview"));

        Assert.False(runner.Failed, runner.Describe());
        Assert.True(File.Exists(Path.Combine(ws, "artifacts", "preview", "index.html")), "no report");
        var text = File.ReadAllText(summary);
        Assert.Contains("1 gewijzigd", text, StringComparison.Ordinal);
        Assert.Contains("3 dezelfde invoer", text, StringComparison.Ordinal);
        Assert.Contains("| 2024-06-07-nota-informatieverzoek-veldkamp | gewijzigd | tekst.md |", text, StringComparison.Ordinal);
        Assert.Contains("IBP029", text, StringComparison.Ordinal);

        var preview = runner.Results.Single(r => r.Step.Name == "Preview");
        var matcherFile = preview.Output.Select(l => l.Trim()).Single(l => l.StartsWith("::add-matcher::", StringComparison.Ordinal))["::add-matcher::".Length..];
        var annotations = ProblemMatcher.Read(Path.Combine(ws, matcherFile)).Apply(preview.Output);
        var warning = Assert.Single(annotations, a => a.Code == "IBP029");
        Assert.Equal(ChangedDocument, warning.File);
        Assert.True(File.Exists(Path.Combine(head, warning.File)), "the annotation names a file the pull request does not have");
        Assert.DoesNotContain(annotations, a => a.File.StartsWith("pr-head/", StringComparison.Ordinal) || Path.IsPathRooted(a.File));
    }

    [Fact]
    public void The_release_workflow_Should_assemble_a_whole_release_from_two_shards()
    {
        const int Shards = 2;
        var ws = workspace.Repository;
        Clean(ws);
        var workflow = Workflow.Read(Workflow.PathOf("release.yml"));
        var upload = workflow.Steps("shard").Single(s => s.Uses?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var uploads = new List<string>();
        for (var shard = 1; shard <= Shards; shard++)
        {
            Delete(Path.Combine(ws, "artifacts", "cache"));
            var artifact = workspace.PathOf($"artifact-cache-{shard}");
            var runner = new StepRunner(ws, workspace.PathOf("release-summary.md"), workspace.Shims, new Dictionary<string, string>
            {
                ["matrix.shard"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["env.SHARDS"] = Shards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

            runner.RunJob(workflow.Steps("shard"), step =>
            {
                if (step.Uses == upload.Uses)
                {
                    CopyFolder(Path.Combine(ws, upload.With["path"]), artifact);
                }
            });

            Assert.False(runner.Failed, runner.Describe());
            Assert.True(Directory.Exists(artifact) && Directory.EnumerateFiles(artifact, "*", SearchOption.AllDirectories).Any(), $"shard {shard} uploaded nothing\n" + runner.Describe());
            uploads.Add(artifact);
        }

        Delete(Path.Combine(ws, "artifacts", "cache"));
        var assemble = new StepRunner(ws, workspace.PathOf("release-summary.md"), workspace.Shims, new Dictionary<string, string>());
        assemble.RunJob(workflow.Steps("assemble"), step =>
        {
            if (step.Uses?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true)
            {
                Assert.Equal("cache-*", step.With["pattern"]);
                Assert.Equal("true", step.With["merge-multiple"]);
                foreach (var artifact in uploads)
                {
                    CopyFolder(artifact, Path.Combine(ws, step.With["path"]));
                }
            }
        });

        Assert.False(assemble.Failed, assemble.Describe());
        var release = Assert.Single(Directory.GetDirectories(Path.Combine(ws, "artifacts", "release")), d => File.Exists(Path.Combine(d, ReleaseManifest.FileName)));
        var documents = Directory.GetDirectories(Path.Combine(ws, "content", "documenten")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(documents, ReleaseCheck.Verified(release).Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>A fresh job starts without the last job's outputs; the build (same commit) may stay.</summary>
    private static void Clean(string ws)
    {
        foreach (var folder in new[] { "pr-head", "artifacts/preview", "artifacts/preview-work", "artifacts/release", "artifacts/cache" })
        {
            Delete(Path.Combine(ws, folder));
        }
    }

    private static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }
}
