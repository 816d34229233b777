using System.Text.RegularExpressions;
using InfoBladPublisher.Authoring;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Authoring;

/// <summary><c>infoblad new</c>: every type scaffolds, check flags exactly the placeholders, and once they are filled the document checks clean.</summary>
public sealed partial class NewDocumentTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string> Types() => [.. DocumentScaffold.TypeNames];

    [Theory]
    [MemberData(nameof(Types))]
    public void A_new_document_Should_be_refused_until_its_placeholders_are_filled_and_then_check_clean(string type)
    {
        using var tree = new ContentTree();
        var diagnostics = new DiagnosticBag();

        var folder = DocumentScaffold.Create(tree.ContentRoot, type, "proef-" + type, "proef", Today, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(Path.Combine(tree.ContentRoot, "documenten", $"2026-11-23-proef-{type}"), folder);
        var before = tree.Check().Diagnostics.Where(d => d.Position.File.Contains("proef-" + type, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, d => Assert.Equal(DiagnosticCodes.PlaceholderLeft, d.Code));

        // What an editor does next: write the text each placeholder asks for.
        var yml = Path.Combine(folder!, "document.yml");
        var md = Path.Combine(folder!, "tekst.md");
        File.WriteAllText(yml, QuotedPlaceholder().Replace(File.ReadAllText(yml), "\"Proef 1\""));
        File.WriteAllText(md, Placeholder().Replace(File.ReadAllText(md), "Een zin van de redacteur."));

        var (output, after) = tree.Check();
        Assert.Empty(after);
        Assert.Contains(output!.Documents, d => d.Document.Id == $"2026-11-23-proef-{type}" && d.Document.Meta.Status == "concept" && d.Document.Meta.Datum == Today);
    }

    [Fact]
    public void A_new_document_Should_never_overwrite_one_that_exists()
    {
        using var tree = new ContentTree();
        DocumentScaffold.Create(tree.ContentRoot, "nota", "proef", "proef", Today, new DiagnosticBag());
        var body = Path.Combine(tree.ContentRoot, "documenten", "2026-11-23-proef", "tekst.md");
        File.WriteAllText(body, "Mijn tekst.");
        var diagnostics = new DiagnosticBag();

        var folder = DocumentScaffold.Create(tree.ContentRoot, "nota", "proef", "proef", Today, diagnostics);

        Assert.Null(folder);
        Assert.Equal(DiagnosticCodes.AlreadyExists, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal("Mijn tekst.", File.ReadAllText(body));
    }

    [Fact]
    public void A_new_document_Should_not_differ_from_another_only_in_case()
    {
        using var tree = new ContentTree();
        DocumentScaffold.Create(tree.ContentRoot, "nota", "proef", "proef", Today, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();

        var folder = DocumentScaffold.Create(tree.ContentRoot, "nota", "Proef", "proef", Today, diagnostics);

        Assert.Null(folder);
        var clash = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.InvalidValue, clash.Code);
        Assert.Contains("differ only in case", clash.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tree.ContentRoot, "documenten", "2026-11-23-Proef")));
    }

    [Theory]
    [InlineData("notta", "proef", null, "IBP006")]
    [InlineData("nota", "met spatie", null, "IBP083")]
    [InlineData("nota", "proef", "onbekend", "IBP020")]
    public void A_wrong_request_Should_write_nothing(string type, string slug, string? afzender, string code)
    {
        using var tree = new ContentTree();
        var diagnostics = new DiagnosticBag();
        var documents = Directory.GetDirectories(Path.Combine(tree.ContentRoot, "documenten")).Length;

        Assert.Null(DocumentScaffold.Create(tree.ContentRoot, type, slug, afzender, Today, diagnostics));

        Assert.Equal(code, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal(documents, Directory.GetDirectories(Path.Combine(tree.ContentRoot, "documenten")).Length);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_new_document_Should_start_with_the_line_that_names_its_types_schema(string type)
    {
        using var tree = new ContentTree();

        var folder = DocumentScaffold.Create(tree.ContentRoot, type, "proef", "proef", Today, new DiagnosticBag())!;

        var first = File.ReadLines(Path.Combine(folder, "document.yml")).First();
        var match = Modeline().Match(first);
        Assert.True(match.Success, first);
        // Resolved from the document's folder, as the YAML language server does: schemas/ beside content/.
        Assert.Equal(Path.Combine(tree.Root, "schemas", $"{type}.schema.json"), Path.GetFullPath(Path.Combine(folder, match.Groups["path"].Value)));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "schemas", $"{type}.schema.json")));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_new_document_Should_offer_every_optional_key_of_its_type_as_a_comment(string type)
    {
        using var tree = new ContentTree();

        var folder = DocumentScaffold.Create(tree.ContentRoot, type, "proef", "proef", Today, new DiagnosticBag())!;

        var lines = File.ReadAllLines(Path.Combine(folder, "document.yml"));
        var optional = InfoBladPublisher.Model.DocumentType.Named(type)!.Schema.Fields.Values.Where(f => !f.Required).Select(f => f.Key).ToList();
        Assert.NotEmpty(optional);
        Assert.All(optional, key => Assert.Contains(lines, l => l.StartsWith($"# {key}:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("-proef")]
    [InlineData("proef-")]
    [InlineData("proef.pdf")]
    public void A_slug_that_is_empty_or_not_a_plain_name_Should_be_refused_and_write_nothing(string slug)
    {
        using var tree = new ContentTree();
        var before = Directory.GetFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var diagnostics = new DiagnosticBag();

        Assert.Null(DocumentScaffold.Create(tree.ContentRoot, "nota", slug, "proef", Today, diagnostics));

        Assert.Equal(DiagnosticCodes.BadSlug, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal(before, Directory.GetFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("../x", "IBP083")]
    [InlineData("a/b", "IBP083")]
    [InlineData("  ", "slug")]
    [InlineData("", "slug")]
    public void The_command_Should_refuse_a_bad_slug_in_one_line_with_exit_code_1(string slug, string named)
    {
        using var tree = new ContentTree();
        var before = Directory.GetFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Length;

        var (exit, _, err) = CliProcess.Run("new", "nota", slug, "--content", tree.ContentRoot);

        Assert.Equal(1, exit);
        var errorLine = Assert.Single(err.Split('\n'), l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("must not", StringComparison.Ordinal));
        Assert.Contains(named, errorLine, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void The_command_Should_say_what_it_wrote_and_refuse_a_second_time()
    {
        using var tree = new ContentTree();

        var first = CliProcess.Run("new", "kamerbrief", "proef", "--content", tree.ContentRoot);
        var second = CliProcess.Run("new", "kamerbrief", "proef", "--content", tree.ContentRoot);

        Assert.Equal(0, first.Exit);
        Assert.Contains("tekst.md", first.Out, StringComparison.Ordinal);
        Assert.Equal(1, second.Exit);
        Assert.Contains("IBP023", second.Err, StringComparison.Ordinal);
    }

    [GeneratedRegex("\"\\[invullen[^\\]]*\\]\"")]
    private static partial Regex QuotedPlaceholder();

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+)$")]
    private static partial Regex Modeline();

    [GeneratedRegex("\\[invullen[^\\]]*\\]")]
    private static partial Regex Placeholder();
}
