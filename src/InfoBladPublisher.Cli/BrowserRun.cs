using InfoBladPublisher.Rendering.Browser;
using Microsoft.Playwright;

namespace InfoBladPublisher.Cli;

/// <summary>
/// Runs a command's work with one browser, closed on every path, and turns what a page or the machine can
/// cause (a time-out, a dead browser, a missing or broken release folder) into one error line, not a stack trace.
/// </summary>
internal static class BrowserRun
{
    public static async Task<int> RunAsync(BrowserOptions options, Func<BrowserHost, Task> work)
    {
        try
        {
            var browser = await BrowserHost.StartAsync(options);
            await using (browser)
            {
                await work(browser);
            }

            return ExitCodes.Ok;
        }
        catch (Release.InvalidReleaseException ex)
        {
            // A release from elsewhere (an artifact download) is refused before any file of it is read.
            foreach (var problem in ex.Problems)
            {
                Console.Error.WriteLine(Diagnostics.PrintableText.Escape(Path.Combine(ex.Folder, RunLanguage.Say(problem))));
            }

            Console.Error.WriteLine("error: " + RunLanguage.Say(
                $"{ex.Folder} klopt niet met het manifest ({Diagnostics.CountedNoun.Problems.Of(ex.Problems.Count).Nl}); er is niets uit gelezen",
                $"{ex.Folder} does not match its manifest ({ex.Problems.Count} problem(s)); nothing of it was read"));
            return ExitCodes.ContentErrors;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"error {Diagnostics.DiagnosticCodes.RenderFailed}: {ex.Message.Split('\n', 2)[0].Trim()}");
            return ExitCodes.EnvironmentError;
        }
    }
}
