using System.CommandLine;
using InfoBladPublisher.Authoring;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad schemas</c>: (re)writes the JSON Schemas editors' YAML support reads; <c>--check</c> only compares (for CI).</summary>
internal static class SchemasCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "The folder the schemas go to", DefaultValueFactory = _ => ProjectRoot.Default(EditorSchemas.Folder) };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 (IBP081) when a schema differs from the one the field tables give" };
        var command = new Command("schemas", "Write the JSON Schemas of document.yml (per type), the organisation and the dataset files, from the tables check uses")
        {
            output, check,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            if (!parse.GetValue(check))
            {
                var changed = EditorSchemas.WriteAll(folder);
                var written = CountedNoun.JsonSchemas.Of(changed.Count);
                Console.WriteLine(changed.Count == 0 ? UpToDate(folder) : RunLanguage.Say($"{written.Nl} geschreven in {folder}", $"wrote {written.En} in {folder}"));
                return ExitCodes.Ok;
            }

            var diagnostics = new DiagnosticBag();
            foreach (var (name, text) in EditorSchemas.Generate())
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path) || File.ReadAllText(path) != text)
                {
                    diagnostics.Report(DiagnosticCodes.SchemaOutOfDate, SourcePosition.StartOf(path),
                        (File.Exists(path) ? "dit schema wijkt af van" : "dit schema ontbreekt; het is een van") + " de schema's die de veldtabellen geven; voer 'infoblad schemas' uit en commit het resultaat",
                        (File.Exists(path) ? "this schema differs from" : "this schema is missing; it is one of") + " the ones the field tables give; run 'infoblad schemas' and commit the result");
                }
            }

            var errors = DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error);
            if (errors > 0)
            {
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(UpToDate(folder));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string UpToDate(string folder) =>
        RunLanguage.Say($"de schema's in {folder} zijn actueel", $"the schemas in {folder} are up to date");
}
