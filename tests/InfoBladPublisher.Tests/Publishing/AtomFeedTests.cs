using System.Text;
using System.Xml;
using System.Xml.Linq;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Publishing;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Publishing;

/// <summary>The release's Atom feed: every public document once, newest first, with what RFC 4287 requires of a feed and its entries.</summary>
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Base = "https://publicaties.example.org/r/";

    [Fact]
    public void The_seeds_feed_Should_list_every_document_newest_first_with_the_required_elements()
    {
        var bag = new DiagnosticBag();
        var documents = CheckPipeline.Render(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, bag)!.Documents.Select(d => d.Document).ToList();

        var feed = Feed(SiteFiles.Write(documents, Base, "2026.12", SourcePosition.StartOf("releases"), bag));

        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Root!.Elements(Atom + required));
        }

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(documents.Select(d => Base + d.Id + ".pdf").Order(StringComparer.Ordinal), entries.Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal));
        var updated = entries.Select(e => XmlConvert.ToDateTimeOffset(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(feed.Root!.Element(Atom + "updated")!.Value, entries[0].Element(Atom + "updated")!.Value);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "author")?.Element(Atom + "name")?.Value));
            Assert.All(e.Elements(Atom + "link"), link => Assert.StartsWith(Base, link.Attribute("href")!.Value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void A_concept_Should_not_be_in_the_feed_and_a_withheld_word_never()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYamlWithoutNotes, "Eerste alinea over {lak 5.1.2e}Feedgeheim{/lak} en meer.\n");
        tree.Nota(ContentTree.NotaYamlWithoutNotes.Replace("status: definitief", "status: concept", StringComparison.Ordinal), "Een concept.\n", id: "concept");
        var (output, _) = tree.Check();

        var files = SiteFiles.Write(output!.Documents.Select(d => d.Document).ToList(), Base, "t", SourcePosition.StartOf("releases"), new DiagnosticBag());

        var entry = Assert.Single(Feed(files).Root!.Elements(Atom + "entry"));
        Assert.Equal(Base + "nota.pdf", entry.Element(Atom + "id")!.Value);
        Assert.Contains("Eerste alinea over", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Feedgeheim", Encoding.UTF8.GetString(files.Single(f => f.Path == "feed.xml").Content), StringComparison.Ordinal);
    }

    private static XDocument Feed(IReadOnlyList<SiteFile> files) =>
        XDocument.Parse(Encoding.UTF8.GetString(files.Single(f => f.Path == "feed.xml").Content));
}
