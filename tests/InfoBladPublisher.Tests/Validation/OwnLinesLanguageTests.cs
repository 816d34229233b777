using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// Dutch first, for the CLI's own lines too (issue 33's follow-up): a default run said "checked 1 documents;
/// rendering PDF with typst" and "[1/1] nota: 2 pages, 0.8 s" between Dutch diagnostics. Every line the main
/// commands print is in the run's language, judged word by word (<see cref="LineLanguage"/>).
/// </summary>
public sealed class OwnLinesLanguageTests
{
    [Theory]
    [MemberData(nameof(LineLanguage.Both), MemberType = typeof(LineLanguage))]
    public void The_main_commands_Should_print_every_line_in_the_runs_language(Language language)
    {
        // Given a small tree, and the CLI started without a language setting: Dutch, or English by --lang en
        using var tree = new ContentTree();
        string[] lang = language == Language.En ? ["--lang", "en"] : [];
        (int Exit, string Out, string Err) Run(params string[] args) => CliProcess.RunByDefault(RepoPaths.Root, [.. args, .. lang]);
        string[] publish = ["publish", "--content", tree.ContentRoot, "--output", Path.Combine(tree.Root, "releases"), "--cache", Path.Combine(tree.Root, "cache"), "--parallelism", "1"];

        // When it is checked, published, published again unchanged, published as another version from the cache,
        // verified whole and with a file gone, its schemas written and compared, and a new document started
        var runs = new List<(string What, int Expected, (int Exit, string Out, string Err) Run)>
        {
            ("check", 0, Run("check", "--content", tree.ContentRoot)),
            ("publish", 0, Run([.. publish, "--release-version", "v"])),
            ("publish again", 0, Run([.. publish, "--release-version", "v"])),
            ("publish from the cache", 0, Run([.. publish, "--release-version", "w"])),
            ("verify", 0, Run("verify", Path.Combine(tree.Root, "releases", "v"))),
        };
        File.Delete(Path.Combine(tree.Root, "releases", "w", "nota.html"));
        runs.AddRange(
        [
            ("verify a changed release", 1, Run("verify", Path.Combine(tree.Root, "releases", "w"))),
            ("schemas", 0, Run("schemas", "--output", Path.Combine(tree.Root, "schemas"))),
            ("schemas --check", 0, Run("schemas", "--check", "--output", Path.Combine(tree.Root, "schemas"))),
            ("new", 0, Run("new", "nota", "nieuw", "--content", tree.ContentRoot)),
        ]);

        // Then each ends as it should and says something, and no line of any of them is in the other language
        Assert.All(runs, r => Assert.True(r.Run.Exit == r.Expected, $"{r.What}: {r.Run.Out}{r.Run.Err}"));
        Assert.All(runs, r => Assert.False(string.IsNullOrWhiteSpace(r.Run.Out), r.What));
        var strays = runs.SelectMany(r => LineLanguage.Strays(r.Run.Out + "\n" + r.Run.Err, language).Select(line => $"{r.What}: {line}")).ToList();
        Assert.True(strays.Count == 0, $"lines not in {language}:\n" + string.Join("\n", strays));
    }

    [Fact]
    public void The_progress_line_Should_count_pages_in_Dutch_with_a_decimal_comma_and_keep_its_English_form()
    {
        // Given a small tree
        using var tree = new ContentTree();
        string[] Publish(string version) =>
            ["publish", "--content", tree.ContentRoot, "--output", Path.Combine(tree.Root, "releases"), "--cache", Path.Combine(tree.Root, "cache"), "--parallelism", "1", "--release-version", version];

        // When it is published by default, then as another version with --lang en (its PDF now from the cache), and as a third by default
        var dutch = CliProcess.RunByDefault(RepoPaths.Root, Publish("v"));
        var english = CliProcess.RunByDefault(RepoPaths.Root, [.. Publish("w"), "--lang", "en"]);
        var dutchAgain = CliProcess.RunByDefault(RepoPaths.Root, Publish("x"));

        // Then one document is one, the Dutch line says pagina's and seconds with a comma, and the English one is the form tools read
        Assert.True(dutch.Exit == 0 && english.Exit == 0 && dutchAgain.Exit == 0, dutch.Err + english.Err + dutchAgain.Err);
        Assert.Matches(@"(?m)^1 document gecontroleerd; ", dutch.Out);
        Assert.Matches(@"(?m)^  \[1/1\] nota: (?:1 pagina|\d+ pagina's), \d+,\d s$", dutch.Out);
        Assert.Matches(@"(?m)^checked 1 document; ", english.Out);
        Assert.Matches(@"(?m)^  \[1/1\] nota: \d+ pages, unchanged \(cache\)$", english.Out);
        Assert.Matches(@"(?m)^  \[1/1\] nota: (?:1 pagina|\d+ pagina's), ongewijzigd \(cache\)$", dutchAgain.Out);
    }
}
