using System.Diagnostics;

namespace InfoBladPublisher.Tests.Support;

/// <summary>Runs one of the machine's PDF tools (qpdf, pdftotext) and hands back what it wrote; a failure fails the test.</summary>
internal static class Tool
{
    public static string Run(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // qpdf exits 3 for warnings only; anything higher is a failure.
        Assert.True(process.ExitCode is 0 or 3, $"{name} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}");
        return output.Result;
    }
}
