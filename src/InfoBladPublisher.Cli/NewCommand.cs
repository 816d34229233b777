using System.CommandLine;
using InfoBladPublisher.Authoring;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad new nota my-slug</c>: a new document with today's date and placeholders that <c>check</c> flags until filled.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var type = new Argument<string>("type") { Description = "The document type: " + string.Join(", ", DocumentScaffold.TypeNames) };
        var slug = new Argument<string>("slug") { Description = "A short name; the folder becomes <today>-<slug>, e.g. 2026-11-23-nota-nareis" };
        var afzender = new Option<string?>("--afzender") { Description = "The sender, a file name in content/organisaties/ (without .yml); needed when there is more than one" };
        var command = new Command("new", "Start a new document from its type, with today's date; refuses to overwrite")
        {
            type, slug, afzender, CliOptions.Content,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var folder = DocumentScaffold.Create(parse.GetValue(CliOptions.Content)!, parse.GetValue(type)!, parse.GetValue(slug)!, parse.GetValue(afzender), DateOnly.FromDateTime(DateTime.Now), diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error);
            if (folder is null)
            {
                Console.Error.WriteLine(RunLanguage.Say("er is niets geschreven", "nothing was written"));
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(RunLanguage.Say($"{Path.Combine(folder, "document.yml")} en {Path.Combine(folder, "tekst.md")} geschreven", $"wrote {Path.Combine(folder, "document.yml")} and {Path.Combine(folder, "tekst.md")}"));
            Console.WriteLine(RunLanguage.Say("vul elke [invullen: …] in; './infoblad check' noemt de open plekken", "fill in every [invullen: …]; './infoblad check' lists the ones left"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
