using System.CommandLine;
using InfoBladPublisher.Preview;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad serve</c>: the live preview on localhost until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port on localhost, 127.0.0.1 and [::1] (1 to 65535)", DefaultValueFactory = _ => 4321 }.InRange(1, 65535);
        var command = new Command("serve", "Preview every document in the browser; rebuilds and reloads on save")
        {
            port, CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PreviewOptions(parse.GetValue(CliOptions.Content)!, parse.GetValue(CliOptions.Templates)!, parse.GetValue(CliOptions.NodeModules)!,
                parse.GetValue(port))
            {
                Language = RunLanguage.Current,
            };
            // The watcher cannot watch a folder that is not there; say so in one line.
            foreach (var (option, folder) in new[] { (CliOptions.Content, options.ContentRoot), (CliOptions.Templates, options.TemplateRoot) })
            {
                if (!Directory.Exists(folder))
                {
                    Console.Error.WriteLine(Diagnostics.PrintableText.Escape($"{option.Name}:1:1: error {Diagnostics.DiagnosticCodes.MissingFile}: " + RunLanguage.Say(
                        $"de map '{folder}' bestaat niet; start serve in de repository, of geef {option.Name}",
                        $"the folder '{folder}' does not exist; run serve from the repository root, or give {option.Name}")));
                    return ExitCodes.ContentErrors;
                }
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, Console.Out);
            }
            catch (System.Net.HttpListenerException ex)
            {
                Console.Error.WriteLine("error: " + RunLanguage.Say(
                    $"kan niet luisteren op localhost:{options.Port} ({ex.Message}); probeer --port met een ander nummer",
                    $"cannot listen on localhost:{options.Port} ({ex.Message}); try --port with another number"));
                return ExitCodes.EnvironmentError;
            }

            await using (server)
            {
                Console.WriteLine(RunLanguage.Say($"voorbeeld op {string.Join(", ", server.Urls)} (Ctrl+C stopt het)", $"preview at {string.Join(", ", server.Urls)} (Ctrl+C stops it)"));
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine(RunLanguage.Say("gestopt", "stopped"));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
