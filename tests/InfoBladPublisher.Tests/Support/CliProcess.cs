using System.Diagnostics;

namespace InfoBladPublisher.Tests.Support;

/// <summary>Runs the built <c>infoblad</c> command as a user would, from the repository root.</summary>
internal static class CliProcess
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithin(Timeout.InfiniteTimeSpan, args);

    /// <summary>As an editor does from a folder of their own choosing, somewhere in the repository.</summary>
    public static (int Exit, string Out, string Err) RunIn(string workingDirectory, params string[] args) => RunWithin(Timeout.InfiniteTimeSpan, args, workingDirectory);

    /// <summary>Fails the test, and kills the command, when it runs past <paramref name="guard"/>: a hang, not a slow run.</summary>
    public static (int Exit, string Out, string Err) RunWithin(TimeSpan guard, params string[] args) => RunWithin(guard, args, RepoPaths.Root);

    /// <summary>As a user without any language setting: the CLI's own default (Dutch).</summary>
    public static (int Exit, string Out, string Err) RunByDefault(string workingDirectory, params string[] args) => RunWithin(Timeout.InfiniteTimeSpan, args, workingDirectory, byDefault: true);

    private static (int Exit, string Out, string Err) RunWithin(TimeSpan guard, string[] args, string workingDirectory, bool byDefault = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        if (byDefault)
        {
            start.Environment.Remove(InfoBladPublisher.Diagnostics.Languages.EnvironmentVariable);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "infoblad.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(guard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"infoblad {string.Join(' ', args)} did not finish within {guard.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
