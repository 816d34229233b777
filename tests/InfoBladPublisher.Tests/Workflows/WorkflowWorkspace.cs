using System.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Workflows;

/// <summary>
/// The folder a workflow job runs in, made once for the workflow tests: the repository's files (tracked and
/// new, as the working tree has them; no build output, no node_modules) at the root, as actions/checkout
/// leaves them, and a shim folder whose <c>apt-get</c> records what it was asked instead of installing.
/// Each job then installs and builds what it needs itself, as on a fresh runner.
/// </summary>
public sealed class WorkflowWorkspace : IDisposable
{
    private readonly TempTree _tree = new();

    public WorkflowWorkspace()
    {
        Directory.CreateDirectory(Repository);
        foreach (var file in RepositoryFiles())
        {
            var source = Path.Combine(RepoPaths.Root, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree
            }

            var target = Path.Combine(Repository, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Directory.CreateDirectory(Shims);
        var aptGet = Path.Combine(Shims, "apt-get");
        File.WriteAllText(aptGet, $"#!/usr/bin/env bash\necho \"apt-get $*\" >> '{AptLog}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(aptGet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>GITHUB_WORKSPACE: the checkout of the repository.</summary>
    public string Repository => _tree.PathOf("ws");

    public string Shims => _tree.PathOf("shims");

    public string AptLog => _tree.PathOf("apt-get.log");

    public string PathOf(string relative) => _tree.PathOf(relative);

    public void Dispose() => _tree.Dispose();

    private static IEnumerable<string> RepositoryFiles()
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true };
        foreach (var arg in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var listing = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);
    }
}
