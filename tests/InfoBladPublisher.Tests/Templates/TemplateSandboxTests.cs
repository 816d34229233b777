using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Templates;

public sealed class TemplateSandboxTests
{
    private static (ContentTree Content, TempTree Templates) Setup()
    {
        var templates = new TempTree().CopyFrom(RepoPaths.Templates, "templates");
        return (new ContentTree(), templates);
    }

    [Fact]
    public void Values_from_yaml_Should_be_html_escaped()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("titel: Een proefnota", "titel: \"<script>alert('x')</script> & co\"", StringComparison.Ordinal), ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Empty(diagnostics);
        var doc = Assert.Single(output!.Documents);
        Assert.DoesNotContain("<script>alert", doc.WebHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", doc.WebHtml, StringComparison.Ordinal);
        // In print the value is data: the layout shows the string as it is, nothing in it is read as markup.
        Assert.Equal("<script>alert('x')</script> & co", PrintDataOf.Json(doc).GetProperty("titel").GetString());
    }

    [Fact]
    public void A_template_syntax_error_Should_be_reported_at_its_template_position()
    {
        var (content, templates) = Setup();
        using var _ = content;
        using var __ = templates;
        templates.Write("templates/partials/paginavoet.sbn", "<footer>\n  {{ if doc.datum }\n</footer>\n");

        var (output, diagnostics) = content.Check(templates.PathOf("templates"));

        Assert.Null(output);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, d.Code);
        Assert.EndsWith("templates/partials/paginavoet.sbn", d.Position.File, StringComparison.Ordinal);
        Assert.Equal(2, d.Position.Line);
    }

    [Fact]
    public void An_unknown_variable_Should_be_a_runtime_error_with_its_template_position()
    {
        var (content, templates) = Setup();
        using var _ = content;
        using var __ = templates;
        templates.Write("templates/partials/paginavoet.sbn", "<footer>\n<p>{{ doc.kenmerkk }}</p>\n</footer>\n");

        var d = Assert.Single(content.Check(templates.PathOf("templates")).Diagnostics.DistinctBy(x => x.ToString()));
        Assert.Equal(DiagnosticCodes.TemplateRuntime, d.Code);
        Assert.EndsWith("templates/partials/paginavoet.sbn", d.Position.File, StringComparison.Ordinal);
        Assert.Equal(2, d.Position.Line);
    }

    [Fact]
    public void A_partial_outside_the_template_folder_Should_be_refused()
    {
        var (content, templates) = Setup();
        using var _ = content;
        using var __ = templates;
        templates.Write("geheim.sbn", "GEHEIM");
        templates.Write("templates/partials/paginavoet.sbn", "{{ partial \"../../geheim\" }}\n");

        var (output, diagnostics) = content.Check(templates.PathOf("templates"));

        Assert.Null(output);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.TemplateRuntime, d.Code));
        Assert.Contains("outside the template folder", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include \"head\" }}")]
    [InlineData("{{ date.now }}")]
    public void The_builtin_include_and_clock_Should_not_be_available(string call)
    {
        var (content, templates) = Setup();
        using var _ = content;
        using var __ = templates;
        templates.Write("templates/partials/paginavoet.sbn", call + "\n");

        var (output, diagnostics) = content.Check(templates.PathOf("templates"));

        Assert.Null(output);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.TemplateRuntime, d.Code));
    }
}
