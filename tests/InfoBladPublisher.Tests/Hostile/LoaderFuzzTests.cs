using CsCheck;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of the loaders (CsCheck), on a fixed budget per run: for any text in document.yml,
/// tekst.md, an organisation or a dataset, the check ends without an exception, and either renders or
/// reports at least one error. Each run draws new inputs; a failure prints the seed that reproduces it.
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int Iterations = 150;

    private static readonly string[] MarkdownTokens =
    [
        "# ", "## ", "> ", "- ", "1. ", "*", "**", "_", "~~", "[", "]", "(", ")", "<", ">", "[^a]", "[^b]", "\n[^a]: noot ", "\n[^b]: ",
        "::tabel[x]", "::grafiek[x]{soort=staaf}", ":cijfer[a/b/c]", "`", "```", "\n", "\n\n", "| a | b |\n|---|---|\n", "---", "https://example.org/",
        "<https://example.org>", "javascript:", "doc:nota", "![", "woord", " ", "\t", "&amp;", "<script>", "\u0000", "é", "\uFEFF", "{{ x }}",
    ];

    private static readonly string[] YamlTokens =
    [
        "titel", "datum", "voetnoten", "afzender", "status", "extra", ":", ": ", " ", "\n", "  ", "- ", "[", "]", "{", "}", ", ", "\"", "'", "&a ", "*a",
        "!!str ", "!x ", "# ", "2024-06-07", "2024-02-30", "proef", "definitief", "|\n  ", ">\n  ", "---\n", "...\n", "?", "%YAML 1.2\n", "\t", "\u0000", "é",
    ];

    private static Gen<string> TextOf(string[] tokens, int max) =>
        Gen.Int[0, tokens.Length - 1].Array[0, max].Select(ix => string.Concat(ix.Select(i => tokens[i])));

    [Fact]
    public void Any_body_text_Should_render_or_be_reported()
    {
        TextOf(MarkdownTokens, 60).Sample(body => Holds(t => t.Write("content/documenten/nota/tekst.md", body)), iter: Iterations);
    }

    [Fact]
    public void Any_metadata_Should_load_or_be_reported()
    {
        TextOf(YamlTokens, 40).Sample(yaml => Holds(t => t.Write("content/documenten/nota/document.yml", ContentTree.NotaYaml + "\n" + yaml)), iter: Iterations);
        TextOf(YamlTokens, 40).Sample(yaml => Holds(t => t.Write("content/documenten/nota/document.yml", yaml)), iter: Iterations);
    }

    [Fact]
    public void Any_organisation_or_dataset_Should_load_or_be_reported()
    {
        TextOf(YamlTokens, 40).Sample(yaml => Holds(t => t.Write("content/organisaties/proef.yml", ContentTree.Organisation + "\n" + yaml)), iter: Iterations);
        TextOf(YamlTokens, 40).Sample(yaml => Holds(t => t.Write("content/datasets/x/dataset.yml", yaml).Write("content/datasets/x/data.csv", yaml)), iter: Iterations);
    }

    /// <summary>True when the check ended normally: rendered, or with at least one error. An exception fails the sample.</summary>
    private static bool Holds(Action<ContentTree> change)
    {
        using var content = new ContentTree();
        change(content);
        var (output, diagnostics) = content.Check();
        return output is not null || diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error);
    }
}
