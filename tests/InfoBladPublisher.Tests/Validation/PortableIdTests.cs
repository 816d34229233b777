using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// Document ids become file names in a release: names Windows reserves for devices (also with an extension),
/// and names Windows would shorten (a trailing dot or space), are refused at their folder (issue 33).
/// </summary>
public sealed class PortableIdTests
{
    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("LPT9")]
    [InlineData("con.nota")]
    [InlineData("NUL.txt")]
    public void A_document_folder_named_as_a_windows_device_Should_be_refused_at_its_folder(string id)
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id);

        var (output, diagnostics) = content.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("Windows reserves", StringComparison.Ordinal));
        Assert.Contains($"documenten/{id}", d.Position.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("con-nota")]
    [InlineData("com10")]
    [InlineData("nullen")]
    public void A_name_that_only_starts_like_a_device_Should_be_accepted(string id)
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id);

        var (_, diagnostics) = content.Check();

        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("Windows reserves", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nota.", "a dot")]
    [InlineData("nota ", "a space")]
    [InlineData("nota..", "a dot")]
    [InlineData("nota. ", "a space")]
    public void A_document_folder_name_ending_in_a_dot_or_a_space_Should_be_refused_at_its_folder_saying_why(string id, string end)
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id);

        var (output, diagnostics) = content.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.Contains($"ends in {end}, which Windows drops", d.Message, StringComparison.Ordinal);
        Assert.EndsWith($"documenten/{id}", d.Position.File, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_file_whose_name_ends_in_a_dot_Should_be_refused_at_its_file()
    {
        using var content = new ContentTree();
        content.Write("content/organisaties/ander..yml", ContentTree.Organisation);

        var (_, diagnostics) = content.Check();

        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.Contains("'ander.' ends in a dot", d.Message, StringComparison.Ordinal);
    }
}
