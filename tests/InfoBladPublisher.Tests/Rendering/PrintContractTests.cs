using System.Text.Json;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown.Print;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// The print contract: every kind of node the print renderers write is one of <see cref="PrintKinds"/>, each of
/// those is written by some document, handled by <c>templates/print/</c>, and listed in the template guide.
/// </summary>
public sealed partial class PrintContractTests
{
    /// <summary>A body with every kind of Markdown node the build knows: blocks, inlines, figures, notes and Woo marks.</summary>
    private const string EveryNode = """
        # Kop met *nadruk*

        Tekst met **vet**, ~~doorgehaald~~, `code`, een [link](https://example.org), <https://example.org/auto>,
        een noot[^bron] en dezelfde noot weer[^bron], een harde  
        regel, :cijfer[cijfers/2000/aantal] en {lak 5.1.2e}een naam{/lak}.

        ![Een plaatje](beeld.svg)

        - een
        - lijst

        1. genummerd

        > Een citaat.

        ```
        codeblok
        ```

        ---

        | Kolom | Waarde |
        | --- | ---: |
        | a | 1 |

        ::tabel[cijfers]

        ::grafiek[cijfers]{soort=staaf}

        {lak 5.1.2e}
        Een heel blok.
        {/lak}
        """;

    [Fact]
    public void Every_kind_the_renderers_write_Should_be_a_print_kind_and_every_print_kind_Should_be_written()
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var intern in new[] { false, true })
        {
            using var content = Content();
            var output = Render(content, intern);
            foreach (var doc in output.Documents)
            {
                Kinds(PrintDataOf.Json(doc).GetProperty("body"), written);
                // A repair's new page, planned apart from the renderers.
                var repaired = doc.Print.Repaired(new InfoBladPublisher.Layout.LayoutRepairs(new Dictionary<int, int> { [1] = 0 }, new HashSet<int> { 0 }));
                Kinds(JsonDocument.Parse(repaired.Files[InfoBladPublisher.Rendering.Print.PrintData.DataFile]).RootElement.GetProperty("body"), written);
            }
        }

        Assert.Equal(PrintKinds.All.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_print_kind_Should_be_handled_by_the_print_layouts_and_nothing_else()
    {
        var handled = Directory.GetFiles(Path.Combine(RepoPaths.Templates, "print"), "*.typ")
            .SelectMany(f => KindTest().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(PrintKinds.All.Order(StringComparer.Ordinal), handled.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_print_kind_Should_be_in_the_template_guide()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "template-guide.md"));
        var table = guide[guide.IndexOf("**The body's nodes (the print contract).**", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n**", StringComparison.Ordinal)];

        Assert.All(PrintKinds.All, kind => Assert.Contains($"`{kind}`", table, StringComparison.Ordinal));
    }

    private static ContentTree Content()
    {
        var content = new ContentTree();
        content.Nota(ContentTree.NotaYaml + "\ndatasets:\n  cijfers: \"1\"\n", EveryNode);
        content.Write("content/datasets/cijfers/dataset.yml", ContentTree.DatasetYaml());
        content.Write("content/datasets/cijfers/data.csv", "jaar,aantal\n2000,1\n2001,2\n");
        File.Copy(Path.Combine(RepoPaths.Templates, "assets", "img", "logo-placeholder.svg"), Path.Combine(content.ContentRoot, "documenten", "nota", "beeld.svg"));
        return content;
    }

    private static HtmlStage.Output Render(ContentTree content, bool intern)
    {
        var bag = new DiagnosticBag();
        var workspace = Workspace.Open(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules) with { Redaction = intern ? InfoBladPublisher.Redaction.RedactionMode.Intern : InfoBladPublisher.Redaction.RedactionMode.Public };
        var markdown = new InfoBladPublisher.Markdown.MarkdownEngine();
        var loaded = LoadStage.Run(workspace, markdown, bag, fontsOptional: false, partial: false);
        using (loaded?.Style)
        {
            var output = loaded is null ? null : HtmlStage.Run(loaded, markdown, bag);
            Assert.True(output is not null, string.Join("\n", bag.ToSortedList()));
            return output!;
        }
    }

    private static void Kinds(JsonElement node, HashSet<string> kinds)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Kinds(item, kinds);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name == "k")
                    {
                        kinds.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Kinds(property.Value, kinds);
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"k == ""([a-z-]+)""")]
    private static partial Regex KindTest();
}
