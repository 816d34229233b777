using System.Diagnostics;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>One whole command, timed from start to exit, with the peak memory of it and everything it started.</summary>
internal sealed record CommandRun(TimeSpan Elapsed, double PeakMiB, int ExitCode, string Output)
{
    public static CommandRun Start(string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var memory = TreeMemory.Watch(process.Id);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        var peak = memory.PeakMiB;
        return new CommandRun(elapsed, peak, process.ExitCode, output.Result + errors.Result);
    }

    /// <summary>Fails the benchmark loudly: a figure from a failed run would be a lie.</summary>
    public CommandRun Succeeded(string what) =>
        ExitCode == 0 ? this : throw new RunRefused($"{what} failed (exit code {ExitCode}):\n{Output[Math.Max(0, Output.Length - 3000)..]}");
}
