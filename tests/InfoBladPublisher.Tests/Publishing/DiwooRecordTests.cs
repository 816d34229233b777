using System.Text;
using System.Xml.Linq;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Publishing;
using InfoBladPublisher.Publishing.DiWoo;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Publishing;

/// <summary>
/// The Woo-index's view of a release: every seed's DiWoo record held to the rules of the design note (read from
/// the note itself), the defaults per type, relations both ways, one sitemap per category named by the index and
/// robots.txt, the placeholder address, and what is never listed (concepts, withheld words).
/// </summary>
public sealed class DiwooRecordTests
{
    private static readonly XNamespace Diwoo = "https://standaarden.overheid.nl/diwoo/metadata/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Base = "https://open.example.nl/publicaties/2026.12/";

    private static readonly Lazy<IReadOnlyList<Document>> Seeds = new(() =>
    {
        var bag = new DiagnosticBag();
        var output = CheckPipeline.Render(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedList()));
        return output!.Documents.Select(d => d.Document).ToList();
    });

    [Fact]
    public void Every_seed_record_Should_keep_the_rules_of_the_design_note()
    {
        var urls = Urls(Write(Seeds.Value, Base, out _));

        Assert.Equal(Seeds.Value.Count, urls.Count);
        foreach (var (loc, record) in urls)
        {
            Assert.Empty(DiwooRules.Broken(record).Select(problem => $"{loc}: {problem}"));
        }
    }

    [Fact]
    public void The_seeds_organisations_Should_carry_the_TOOI_ids_and_names_the_design_note_gives()
    {
        foreach (var organisation in Seeds.Value.Select(d => d.Afzender).DistinctBy(o => o.Id))
        {
            Assert.NotNull(organisation.Tooi);
            Assert.True(DiwooRules.KnownOrganisations.TryGetValue(organisation.Tooi!, out var name), $"{organisation.Id}: {organisation.Tooi} is not in the design note");
            Assert.Equal(name, organisation.PublisherName, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_kamerbrief_Should_be_a_Kamerbrief_in_vergaderstukken_Staten_Generaal_with_its_bijlage_and_the_bijlage_its_category()
    {
        var records = Urls(Write(Seeds.Value, Base, out _)).ToDictionary(u => u.Loc, u => u.Record);
        var brief = records[Base + "2024-06-21-kamerbrief-antwoorden-nareis-op-nareis.pdf"];
        var bijlage = records[Base + "2024-06-19-bijlage-processchets-nareis.pdf"];
        var nota = records[Base + "2024-06-07-nota-informatieverzoek-veldkamp.pdf"];

        Assert.Equal("vergaderstukken Staten-Generaal", brief.Descendants(Diwoo + "informatiecategorie").Single().Value);
        Assert.Equal("Kamerbrief", brief.Descendants(Diwoo + "documentsoort").Single().Value);
        Assert.Equal("vergaderstukken Staten-Generaal", bijlage.Descendants(Diwoo + "informatiecategorie").Single().Value);
        Assert.Equal(["ondertekening", "vaststelling"], brief.Descendants(Diwoo + "soortHandeling").Select(e => e.Value).Order(StringComparer.Ordinal));
        Assert.Equal((Base + "2024-06-19-bijlage-processchets-nareis.pdf", "heeft bijlage"), Relation(brief));
        Assert.Equal((Base + "2024-06-21-kamerbrief-antwoorden-nareis-op-nareis.pdf", "verwijst naar"), Relation(bijlage));
        Assert.Equal((Base + "2024-02-16-informatieblad-gestapelde-gezinshereniging.pdf", "verwijst naar"), Relation(nota));
        Assert.Equal("5277899", nota.Descendants(Diwoo + "identifier").Single().Value);
    }

    [Fact]
    public void Robots_Should_name_the_index_and_the_index_every_sitemap_one_per_category()
    {
        var files = Write(Seeds.Value, Base, out var diagnostics).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));

        Assert.Empty(diagnostics);
        Assert.Contains($"Sitemap: {Base}sitemaps/index.xml", files["robots.txt"].Split('\n'));
        var named = XDocument.Parse(files["sitemaps/index.xml"]).Descendants(Sitemap + "loc").Select(l => l.Value).Order(StringComparer.Ordinal).ToList();
        var written = files.Keys.Where(p => p.StartsWith("sitemaps/", StringComparison.Ordinal) && p != "sitemaps/index.xml").Select(p => Base + p).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(written, named);
        foreach (var path in written.Select(w => w[Base.Length..]))
        {
            var categories = XDocument.Parse(files[path]).Descendants(Diwoo + "informatiecategorie").Select(c => c.Attribute("resource")!.Value).Distinct().ToList();
            Assert.Equal(Path.GetFileNameWithoutExtension(path), Assert.Single(categories).Split('/')[^1]);
        }
    }

    [Fact]
    public void Without_a_base_URL_Should_write_an_unresolvable_placeholder()
    {
        var files = Write(Seeds.Value, null, out var diagnostics);

        Assert.Empty(diagnostics);
        var everyLoc = files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Parse(Encoding.UTF8.GetString(f.Content)).Descendants().Where(e => e.Name == Sitemap + "loc" || e.Name.LocalName == "id"))
            .Select(l => l.Value)
            .Concat(XDocument.Parse(Encoding.UTF8.GetString(files.Single(f => f.Path == "feed.xml").Content)).Descendants().Select(e => e.Attribute("href")?.Value).OfType<string>())
            .ToList();
        Assert.NotEmpty(everyLoc);
        Assert.All(everyLoc, loc => Assert.EndsWith(".invalid", new Uri(loc).Host, StringComparison.Ordinal));
    }

    [Fact]
    public void A_concept_Should_not_be_listed_nor_related_to_and_a_withheld_summary_word_never_written()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("status: definitief", "status: definitief\nsamenvatting: \"Over {lak 5.1.2e}Samenvattinggeheim{/lak} en de rest.\"\nverwijst_naar: [concept]", StringComparison.Ordinal), ContentTree.NotaBody);
        tree.Nota(ContentTree.NotaYamlWithoutNotes.Replace("status: definitief", "status: concept", StringComparison.Ordinal), "Eerste alinea van {lak 5.1.2e}Alineageheim{/lak} een concept.\n", id: "concept");
        var (output, found) = tree.Check();
        Assert.DoesNotContain(found, d => d.Severity == Severity.Error);

        var files = Write(output!.Documents.Select(d => d.Document).ToList(), Base, out _);

        var text = string.Concat(files.Select(f => Encoding.UTF8.GetString(f.Content)));
        var url = Assert.Single(Urls(files));
        Assert.Equal(Base + "nota.pdf", url.Loc);
        Assert.Empty(url.Record.Descendants(Diwoo + "documentrelatie"));
        Assert.Contains("Over", url.Record.Descendants(Diwoo + "omschrijving").Single().Value, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_organisation_without_a_TOOI_id_Should_be_left_out_with_a_warning_naming_its_file()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/proef.yml", ContentTree.OrganisationWithoutTooi);
        var (output, _) = tree.Check();

        var files = Write(output!.Documents.Select(d => d.Document).ToList(), Base, out var diagnostics);

        Assert.Equal(["feed.xml"], files.Select(f => f.Path));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NoPublisherId, warning.Code);
        Assert.Contains("content/organisaties/proef.yml", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_of_a_day_Should_carry_the_Dutch_offset_of_that_day_for_every_day_of_a_decade()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        for (var day = new DateOnly(2020, 1, 1); day < new DateOnly(2031, 1, 1); day = day.AddDays(1))
        {
            var offset = amsterdam.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue));
            Assert.Equal($"{day:yyyy-MM-dd}T00:00:00+{offset:hh\\:mm}", DiwooRecord.MidnightIn(day));
        }
    }

    private static IReadOnlyList<SiteFile> Write(IReadOnlyList<Document> documents, string? baseUrl, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var files = SiteFiles.Write(documents, baseUrl, "2026.12", SourcePosition.StartOf("releases"), bag);
        diagnostics = bag.ToSortedList();
        return files;
    }

    private static List<(string Loc, XElement Record)> Urls(IReadOnlyList<SiteFile> files) =>
        files.Where(f => f.Path.StartsWith("sitemaps/", StringComparison.Ordinal) && !f.Path.EndsWith("index.xml", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Parse(Encoding.UTF8.GetString(f.Content)).Root!.Elements(Sitemap + "url"))
            .Select(u => (u.Element(Sitemap + "loc")!.Value, u.Element(Diwoo + "Document")!))
            .ToList();

    private static (string Relation, string Role) Relation(XElement record)
    {
        var relation = Assert.Single(record.Descendants(Diwoo + "documentrelatie"));
        return (relation.Element(Diwoo + "relation")!.Value, relation.Element(Diwoo + "role")!.Value);
    }
}
