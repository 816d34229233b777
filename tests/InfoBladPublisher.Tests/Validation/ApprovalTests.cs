using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>geaccordeerd_door and geaccordeerd_op: both or neither, at the line that is there.</summary>
public sealed class ApprovalTests
{
    private const string Approved = "\ngeaccordeerd_door: DG Migratie\ngeaccordeerd_op: 2024-06-06\n";

    [Fact]
    public void A_definitief_document_with_both_Should_check_clean_and_carry_the_approval()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + Approved, ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Empty(diagnostics);
        var approval = Assert.Single(output!.Documents).Document.Meta.Accordering;
        Assert.Equal(new InfoBladPublisher.Model.Approval("DG Migratie", new DateOnly(2024, 6, 6)), approval);
    }

    [Theory]
    [InlineData("geaccordeerd_door: DG Migratie\n", "'geaccordeerd_door' without 'geaccordeerd_op'")]
    [InlineData("geaccordeerd_op: 2024-06-06\n", "'geaccordeerd_op' without 'geaccordeerd_door'")]
    public void One_without_the_other_Should_be_an_error_at_the_one_given(string lines, string expected)
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\n" + lines, ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ApprovalIncomplete);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
        Assert.Equal(ContentTree.NotaYaml.Split('\n').Length + 1, d.Position.Line);
    }

    [Fact]
    public void An_approved_concept_Should_be_a_warning_at_its_status()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("status: definitief", "status: concept", StringComparison.Ordinal) + Approved, ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.NotNull(output);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ApprovedConcept, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(7, d.Position.Line);
    }

    [Fact]
    public void A_withheld_approver_Should_be_refused()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\ngeaccordeerd_door: \"{lak 5.1.2e}J. Jansen{/lak}\"\ngeaccordeerd_op: 2024-06-06\n", ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BadRedaction && d.Message.Contains("geaccordeerd_door", StringComparison.Ordinal));
    }
}
