using System.CommandLine;
using InfoBladPublisher.Preview;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad serve</c>: the live preview on localhost until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port on localhost, 127.0.0.1 and [::1] (1 to 65535)", DefaultValueFactory = _ => 4321 };
        // A port out of range is a usage error (exit 1 with a message), not an exception from the URI parser.
        port.Validators.Add(result =>
        {
            // A value that is not a number is the parser's own error; reading it here would throw.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is < 1 or > 65535)
            {
                result.AddError($"--port must be 1 to 65535, not {number}");
            }
        });
        var command = new Command("serve", "Preview every document in the browser; rebuilds and reloads on save")
        {
            port, CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PreviewOptions(parse.GetValue(CliOptions.Content)!, parse.GetValue(CliOptions.Templates)!, parse.GetValue(CliOptions.NodeModules)!,
                parse.GetValue(port));
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, Console.Out);
            }
            catch (System.Net.HttpListenerException ex)
            {
                Console.Error.WriteLine($"error: cannot listen on localhost:{options.Port} ({ex.Message}); try --port with another number");
                return ExitCodes.EnvironmentError;
            }

            await using (server)
            {
                Console.WriteLine($"preview at {string.Join(", ", server.Urls)} (Ctrl+C stops it)");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("stopped");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
