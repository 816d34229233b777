using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// Every problem in one <c>check</c> (issue 33): no check waits for another to pass, so an editor fixes a
/// document in one round, not three. Each mistake is asserted at its own file, line and column.
/// </summary>
public sealed class AllAtOnceTests
{
    private const string Yaml = """
        type: nota
        titel: Een proefnota
        datum: 2024-13-45
        kenmerk: "123"
        afzender: proeff
        aan: De minister
        status: definitief
        aann: De staatssecretaris
        """;

    private const string Body = """
        # Aanleiding

        Tekst met een noot.[^bron]

        Een {lak 5.1.9z}naam{/lak} die niet openbaar is.

        | Jaar | Aantal |
        | --- | ---: |
        | 2024 |
        """;

    [Fact]
    public void Six_typical_mistakes_in_one_document_Should_all_be_named_by_one_check_at_their_places()
    {
        using var tree = new ContentTree();
        tree.Nota(Yaml, Body);

        var found = CheckOnce(tree);

        var yaml = tree.DisplayOf("documenten/nota/document.yml");
        var body = tree.DisplayOf("documenten/nota/tekst.md");
        Assert.Contains(new SourcePosition(yaml, 3, 8), At(found, DiagnosticCodes.InvalidDate));
        Assert.Contains(new SourcePosition(yaml, 5, 11), At(found, DiagnosticCodes.UnknownOrganisation));
        Assert.Contains(new SourcePosition(yaml, 8, 1), At(found, DiagnosticCodes.UnknownKey));
        Assert.Contains(new SourcePosition(body, 3, 20), At(found, DiagnosticCodes.FootnoteUndefined));
        Assert.Contains(new SourcePosition(body, 5, 5), At(found, DiagnosticCodes.UnknownWooGround));
        Assert.Contains(new SourcePosition(body, 9, 9), At(found, DiagnosticCodes.TableRowCells));
    }

    [Fact]
    public void A_placeholder_left_in_the_metadata_Should_not_hide_the_other_metadata_errors_nor_be_judged_twice()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("titel: Een proefnota", "titel: \"[invullen: titel]\"", StringComparison.Ordinal)
            .Replace("datum: 2024-06-07", "datum: \"[invullen: datum]\"", StringComparison.Ordinal)
            .Replace("afzender: proef", "afzender: proeff", StringComparison.Ordinal), ContentTree.NotaBody);

        var found = CheckOnce(tree);

        var yaml = tree.DisplayOf("documenten/nota/document.yml");
        Assert.Equal(2, found.Count(d => d.Code == DiagnosticCodes.PlaceholderLeft));
        Assert.Contains(new SourcePosition(yaml, 5, 11), At(found, DiagnosticCodes.UnknownOrganisation));
        Assert.DoesNotContain(found, d => d.Code == DiagnosticCodes.InvalidDate);
    }

    [Fact]
    public void A_metadata_block_in_the_text_Should_not_hide_the_errors_in_the_rest_of_the_text()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, "---\ntitel: Een proefnota\n---\n\n" + ContentTree.NotaBody + "\n\nEen zin.[^weg]\n");

        var found = CheckOnce(tree);

        var body = tree.DisplayOf("documenten/nota/tekst.md");
        Assert.Contains(new SourcePosition(body, 1, 1), At(found, DiagnosticCodes.FrontMatter));
        Assert.Contains(new SourcePosition(body, 15, 9), At(found, DiagnosticCodes.FootnoteUndefined));
    }

    [Fact]
    public void A_folder_name_that_is_no_id_Should_not_hide_the_errors_inside_it()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("afzender: proef", "afzender: proeff", StringComparison.Ordinal), ContentTree.NotaBody, "CON");

        var found = CheckOnce(tree);

        Assert.Contains(found, d => d.Code == DiagnosticCodes.InvalidValue && d.Position.File.EndsWith("documenten/CON", StringComparison.Ordinal));
        Assert.Contains(new SourcePosition(tree.DisplayOf("documenten/CON/document.yml"), 5, 11), At(found, DiagnosticCodes.UnknownOrganisation));
    }

    [Fact]
    public void A_broken_organisation_file_Should_not_stop_the_documents_from_being_checked()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/kapot.yml", "ministerie: [\n");
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n\nEen zin.[^weg]\n", "tweede");

        var found = CheckOnce(tree);

        Assert.Contains(found, d => d.Code == DiagnosticCodes.YamlSyntax && d.Position.File.EndsWith("kapot.yml", StringComparison.Ordinal));
        Assert.Contains(new SourcePosition(tree.DisplayOf("documenten/tweede/tekst.md"), 11, 9), At(found, DiagnosticCodes.FootnoteUndefined));
    }

    [Fact]
    public void A_broken_organisation_file_Should_not_keep_the_page_checks_from_the_other_documents()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/kapot.yml", "ministerie: [\n");
        tree.Write("content/datasets/kapot/dataset.yml", "titel: [\n");
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n\nEen ster \u2605 hier.\n", "tweede");
        tree.Nota(ContentTree.NotaYaml + "\ndatasets:\n  kapot: \"1\"\n", ContentTree.NotaBody + "\n\n::tabel[kapot]\n", "derde");

        var found = CheckOnce(tree);

        Assert.Contains(new SourcePosition(tree.DisplayOf("documenten/tweede/tekst.md"), 11, 10), At(found, DiagnosticCodes.FontNotBundled));
        Assert.DoesNotContain(found, d => d.Position.File.Contains("documenten/derde", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreadable_document_yml_Should_say_that_its_text_was_not_checked()
    {
        using var tree = new ContentTree();
        tree.Nota("type: nota\ntitel: [\n", ContentTree.NotaBody);

        var found = CheckOnce(tree);

        var skipped = Assert.Single(found, d => d.Code == DiagnosticCodes.NotChecked);
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.Equal(tree.DisplayOf("documenten/nota/tekst.md"), skipped.Position.File);
        Assert.DoesNotContain(found, d => d.Code == DiagnosticCodes.FootnoteUndefined);
    }

    [Fact]
    public void A_word_wider_than_the_column_Should_not_hide_a_character_the_fonts_lack()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n\nEen woord " + string.Concat(Enumerable.Repeat("Gezinshereniging", 6)) + " hier.\n\nEen ster \u2605 hier.\n");

        var found = CheckOnce(tree);

        var body = tree.DisplayOf("documenten/nota/tekst.md");
        Assert.Contains(new SourcePosition(body, 11, 11), At(found, DiagnosticCodes.WordTooLong));
        Assert.Contains(new SourcePosition(body, 13, 10), At(found, DiagnosticCodes.FontNotBundled));
    }

    [Fact]
    public async Task What_check_refuses_Should_be_all_that_publish_refuses_on_the_same_input()
    {
        using var tree = new ContentTree();
        tree.Nota(Yaml, Body);
        var found = CheckOnce(tree);
        using var work = new TempTree();

        var published = await new PublishPipeline().RunAsync(new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1"), TextWriter.Null);

        var refused = published.Diagnostics.Where(d => d.Severity == Severity.Error).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();
        Assert.False(published.Succeeded);
        Assert.Equal(found.Where(d => d.Severity == Severity.Error).OrderBy(d => d.ToString(), StringComparer.Ordinal), refused);
        Assert.Contains(refused, d => d.Code == DiagnosticCodes.UnknownOrganisation);
    }

    /// <summary>What <c>infoblad check</c> reports, in one run.</summary>
    private static IReadOnlyList<Diagnostic> CheckOnce(ContentTree tree)
    {
        var bag = new DiagnosticBag();
        CheckPipeline.Run(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, bag);
        return bag.ToSortedList();
    }

    private static IEnumerable<SourcePosition> At(IEnumerable<Diagnostic> found, string code) =>
        found.Where(d => d.Code == code).Select(d => d.Position);
}
