using System.Text.Json;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// Dutch first (issue 33): every message and title is in Dutch by default and in English with <c>--lang en</c> or
/// <c>INFOBLAD_LANG=en</c>; the codes, the <c>file:line:col</c> form and the JSON's keys are the same in both.
/// The bad-input corpus holds every message it draws out to Dutch as well (<see cref="DutchWording"/>).
/// </summary>
public sealed partial class MessageLanguageTests
{
    /// <summary>Five mistakes a new editor makes at once: a date, a key, a sender, a note and a table row.</summary>
    private const string Yaml = """
        type: nota
        titel: Een proefnota
        datum: 2024-06-31
        kenmerk: "123"
        afzender: proeff
        aan: De minister
        status: definitief
        onderwerp: Gezinshereniging
        """;

    private const string Body = """
        # Aanleiding

        Tekst met een noot.[^bron]

        | Jaar | Aantal |
        | --- | ---: |
        | 2024 |
        """;

    [Fact]
    public void Every_code_Should_have_a_title_in_Dutch_and_in_English()
    {
        Assert.All(DiagnosticCodes.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.TitleNl), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.Null(DutchWording.Fault(new Diagnostic(d.Severity, d.Id, SourcePosition.StartOf("x"), new Wording(d.TitleNl, d.Title))));
        });
    }

    [Fact]
    public void A_check_without_a_language_setting_Should_name_every_mistake_in_Dutch_and_the_same_in_English_on_request()
    {
        using var tree = new ContentTree();
        tree.Nota(Yaml, Body);
        string[] check = ["check", "--content", tree.ContentRoot, "--templates", RepoPaths.Templates];

        var dutch = CliProcess.RunByDefault(RepoPaths.Root, check);
        var english = CliProcess.RunByDefault(RepoPaths.Root, [.. check, "--lang", "en"]);
        var byEnvironment = CliProcess.Run(check);

        Assert.Equal(1, dutch.Exit);
        var nl = Lines(dutch.Err);
        var en = Lines(english.Err);
        Assert.Equal(en, Lines(byEnvironment.Err));
        Assert.Equal(["IBP003", "IBP005", "IBP010", "IBP020", "IBP056"], nl.Select(l => l.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(nl.Select(l => (l.Place, l.Code)), en.Select(l => (l.Place, l.Code)));
        Assert.All(nl.Zip(en), pair =>
        {
            Assert.NotEqual(pair.Second.Message, pair.First.Message);
            Assert.Null(DutchWording.Fault(new Diagnostic(Severity.Error, pair.First.Code, SourcePosition.StartOf("x"), new Wording(pair.First.Message, pair.Second.Message))));
        });
        Assert.Contains("fout(en) te herstellen", dutch.Err, StringComparison.Ordinal);
        Assert.Contains("error(s) to fix", english.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_Should_keep_its_keys_and_codes_and_carry_the_messages_in_the_chosen_language()
    {
        using var tree = new ContentTree();
        tree.Nota(Yaml, Body);
        string[] check = ["check", "--content", tree.ContentRoot, "--templates", RepoPaths.Templates, "--format", "json"];

        using var nl = JsonDocument.Parse(CliProcess.RunByDefault(RepoPaths.Root, check).Out);
        using var en = JsonDocument.Parse(CliProcess.RunByDefault(RepoPaths.Root, [.. check, "--lang", "en"]).Out);

        var nlItems = nl.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var enItems = en.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(enItems.Count, nlItems.Count);
        Assert.All(nlItems.Zip(enItems), pair =>
        {
            Assert.Equal(pair.Second.EnumerateObject().Select(p => p.Name), pair.First.EnumerateObject().Select(p => p.Name));
            Assert.Equal(pair.Second.GetProperty("code").GetString(), pair.First.GetProperty("code").GetString());
            Assert.Equal(pair.Second.GetProperty("line").GetInt32(), pair.First.GetProperty("line").GetInt32());
            var code = pair.First.GetProperty("code").GetString()!;
            Assert.Equal(DiagnosticCodes.Describe(code).TitleNl, pair.First.GetProperty("title").GetString());
            Assert.Equal(DiagnosticCodes.Describe(code).Title, pair.Second.GetProperty("title").GetString());
            Assert.NotEqual(pair.Second.GetProperty("message").GetString(), pair.First.GetProperty("message").GetString());
        });
    }

    [Theory]
    [InlineData("de")]
    [InlineData("english")]
    public void An_unknown_language_Should_be_one_usage_line_naming_the_two_it_takes(string language)
    {
        var (exit, output, error) = CliProcess.RunByDefault(RepoPaths.Root, "check", "--lang", language);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("--lang neemt nl of en", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", Language.Nl)]
    [InlineData("NL", Language.Nl)]
    [InlineData("nl-BE", Language.Nl)]
    [InlineData("en", Language.En)]
    [InlineData("en_GB", Language.En)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_language_name_Should_be_read_with_its_region_and_in_any_case(string? name, Language? expected) =>
        Assert.Equal(expected, Languages.Parse(name));

    private static List<(string Place, string Code, string Message)> Lines(string stderr) =>
        stderr.Split('\n').Select(l => DiagnosticLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["place"].Value, m.Groups["code"].Value, m.Groups["message"].Value)).ToList();

    [GeneratedRegex(@"^(?<place>\S+:\d+:\d+): (?:error|warning|info) (?<code>IBP\d{3}): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}
