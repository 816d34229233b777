using System.CommandLine;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad render ID… [--pdf] [--html] [--out DIR]</c>: a few documents, without a release.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var documents = new Argument<string[]>("document") { Description = "Document ids: folder names under content/documenten/", Arity = ArgumentArity.OneOrMore };
        var pdf = new Option<bool>("--pdf") { Description = "Write the PDF (with --html: both; neither: both)" };
        var html = new Option<bool>("--html") { Description = "Write the web page" };
        var timings = new Option<bool>("--timings") { Description = "Print where the time went, stage by stage" };
        var output = new Option<string>("--out") { Description = "Where to write <id>.pdf and <id>.html", DefaultValueFactory = _ => ProjectRoot.Default(Path.Combine("artifacts", "render")) };
        var command = new Command("render", "Render the named documents to a folder, without a release")
        {
            documents, pdf, html, output, timings, CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var both = !parse.GetValue(pdf) && !parse.GetValue(html);
            var options = new RenderOptions(parse.GetValue(CliOptions.Content)!, parse.GetValue(CliOptions.Templates)!, parse.GetValue(CliOptions.NodeModules)!,
                parse.GetValue(output)!, parse.GetValue(documents)!, both || parse.GetValue(pdf), both || parse.GetValue(html));
            var (diagnostics, written, stages) = await RenderPipeline.RunAsync(options, cancellationToken);
            var errors = DiagnosticPrinter.Print(diagnostics, Console.Error);
            foreach (var file in written)
            {
                Console.WriteLine(RunLanguage.Say(file + " geschreven", "wrote " + file));
            }

            if (parse.GetValue(timings))
            {
                PublishCommand.PrintStages(stages);
            }

            if (diagnostics.Any(d => d.Code == Diagnostics.DiagnosticCodes.MissingTool))
            {
                return ExitCodes.EnvironmentError;
            }

            return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
