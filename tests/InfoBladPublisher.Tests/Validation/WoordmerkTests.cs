using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>The ministry's name beside the logo: broken into lines that fit, or refused by 'check' (IBP078).</summary>
public sealed class WoordmerkTests
{
    private const string Address = """
        onderdeel: Directoraat-Generaal Proef
        website: www.example.org
        """;

    [Fact]
    public void A_long_name_without_woordmerk_Should_be_broken_as_a_letterhead_breaks_it()
    {
        using var tree = new ContentTree().Write("content/organisaties/proef.yml", "ministerie: Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n" + Address);

        var (output, diagnostics) = tree.Check();

        Assert.Empty(diagnostics);
        var lines = Support.PrintDataOf.Json(output!.Documents[0]).GetProperty("afzender").GetProperty("woordmerk").EnumerateArray().Select(l => l.GetString());
        Assert.Equal(["Ministerie van Binnenlandse Zaken en", "Koninkrijksrelaties"], lines);
    }

    [Fact]
    public void A_name_with_a_word_wider_than_the_space_Should_be_IBP078_at_ministerie()
    {
        using var tree = new ContentTree().Write("content/organisaties/proef.yml", "ministerie: Ministerie van " + new string('W', 40) + "\n" + Address);

        var d = Assert.Single(tree.Check().Diagnostics);

        Assert.Equal((DiagnosticCodes.WoordmerkTooWide, tree.DisplayOf("organisaties/proef.yml"), 1, 13), (d.Code, d.Position.File, d.Position.Line, d.Position.Column));
        Assert.Contains("give the lines yourself under 'woordmerk:'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_woordmerk_line_too_wide_Should_be_IBP078_at_woordmerk()
    {
        using var tree = new ContentTree().Write("content/organisaties/proef.yml",
            "ministerie: Ministerie van Voorbeeldzaken\nwoordmerk: [Ministerie van Voorbeeldzaken en Koninkrijksrelaties van het Rijk]\n" + Address);

        var d = Assert.Single(tree.Check().Diagnostics);

        Assert.Equal((DiagnosticCodes.WoordmerkTooWide, 2), (d.Code, d.Position.Line));
        Assert.Contains("mm fits beside the logo", d.Message, StringComparison.Ordinal);
    }
}
