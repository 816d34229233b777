using InfoBladPublisher.Pipeline;
using Spectre.Console;

namespace InfoBladPublisher.Cli;

/// <summary>
/// A live progress bar while a release renders, in a terminal only. In CI, or with output redirected, the
/// pipeline's plain lines ("[3/16] id: 5 pagina's, 2,9 s") are printed instead, since a bar there is noise.
/// </summary>
internal static class PublishProgress
{
    public static bool Live =>
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<PublishResult> RunAsync(Func<Action<DocumentDone>?, Task<PublishResult>> publish)
    {
        if (!Live)
        {
            return await publish(null);
        }

        PublishResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("PDF", maxValue: 1);
                result = await publish(done =>
                {
                    task.MaxValue = done.Total;
                    task.Value = done.Done;
                    task.Description = Markup.Escape(RunLanguage.Say(done.Line));
                });
            });
        return result!;
    }
}
