using System.CommandLine;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad verify DIR</c>: a release held against its manifest; every changed, missing or extra file is named.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("release") { Description = "A published release folder (with manifest.json)" };
        var command = new Command("verify", "Check a release against its manifest: every file's size and SHA-256, and nothing missing or extra")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var release = parse.GetValue(folder)!;
            if (!Directory.Exists(release))
            {
                // A path the user gave that names nothing is a mistake in the input, not in the machine.
                Console.Error.WriteLine($"{release}:1:1: error {Diagnostics.DiagnosticCodes.MissingFile}: {RunLanguage.Say("deze releasemap bestaat niet", "no such release folder")}");
                return ExitCodes.ContentErrors;
            }

            var problems = ReleaseCheck.Problems(release);
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(Diagnostics.PrintableText.Escape(Path.Combine(release, RunLanguage.Say(problem))));
            }

            Console.WriteLine(problems.Count == 0
                ? RunLanguage.Say($"{release}: elk bestand klopt met het manifest", $"{release}: every file matches the manifest")
                : RunLanguage.Say($"{Diagnostics.CountedNoun.Problems.Of(problems.Count).Nl}; deze release is niet meer zoals hij is gepubliceerd", $"{problems.Count} problem(s); this release is not as it was published"));
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.ContentErrors;
        });
        return command;
    }
}
