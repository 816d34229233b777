using AngleSharp.Html.Parser;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Publishing.Site;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>The overview on generated content: newest first, a page per filter value with its count, and filters that are links, not script.</summary>
public sealed class OverviewTests
{
    // Dates out of order on purpose, two years, two categories, two senders.
    private static readonly (string Id, string Datum, string? Categorie, string Afzender)[] Notas =
    [
        ("b-midden", "2024-03-01", null, "proef"),
        ("nota", "2024-06-07", null, "proef"), // the tree's own, written over
        ("a-oudste", "2023-11-20", "vergaderstukken Staten-Generaal", "proef"),
        ("c-nieuwste", "2024-09-30", null, "ander"),
        ("d-zelfde-dag", "2024-03-01", "vergaderstukken Staten-Generaal", "proef"),
    ];

    [Fact]
    public void The_overview_Should_list_newest_first_and_each_filter_page_Should_hold_what_its_count_says()
    {
        var (pages, documents) = Publish();
        var parser = new HtmlParser();

        var index = parser.ParseDocument(pages["index.html"]);
        var listed = index.QuerySelectorAll(".lijst__titel a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = Notas.OrderByDescending(n => n.Datum, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => $"documenten/{n.Id}.html").ToList();
        Assert.Equal(expected, listed);

        // Every filter value on the overview links a page that lists exactly that many documents, of that value.
        var filters = index.QuerySelectorAll(".filters__waarden a").ToList();
        Assert.Equal(2 + 2 + 2 + 1, filters.Count); // years 2023, 2024; senders proef, ander; 2 categories; type nota
        foreach (var link in filters)
        {
            var href = link.GetAttribute("href")!;
            var count = int.Parse(System.Text.RegularExpressions.Regex.Match(link.QuerySelector(".filters__aantal")!.TextContent, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            var page = parser.ParseDocument(pages[href]);
            Assert.Equal(count, page.QuerySelectorAll(".lijst__item").Length);
            Assert.Equal("page", page.QuerySelector($".filters__waarden a[href=\"../{href}\"]")!.GetAttribute("aria-current"));
        }

        Assert.Equal(4, Count(parser, pages, "overzicht/jaar-2024.html"));
        Assert.Equal(1, Count(parser, pages, "overzicht/jaar-2023.html"));
        Assert.Equal(1, Count(parser, pages, "overzicht/afzender-ander.html"));
        Assert.Equal(2, Count(parser, pages, "overzicht/categorie-c_c76862ab.html"));
        Assert.Equal(documents, Count(parser, pages, "overzicht/type-nota.html"));
        Assert.Equal(
            ["../documenten/c-nieuwste.html", "../documenten/nota.html", "../documenten/b-midden.html", "../documenten/d-zelfde-dag.html"],
            parser.ParseDocument(pages["overzicht/jaar-2024.html"]).QuerySelectorAll(".lijst__titel a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_overview_and_filter_pages_Should_need_no_script_and_link_only_pages_that_exist()
    {
        var (pages, _) = Publish();
        var parser = new HtmlParser();
        foreach (var (path, html) in pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal) && p.Key != SearchPage.File))
        {
            var page = parser.ParseDocument(html);
            Assert.Empty(page.QuerySelectorAll("script, form, [onclick]"));
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Single(page.QuerySelectorAll("h1"));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')))
            {
                var target = Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(path)!, href)).Replace('\\', '/');
                Assert.True(pages.ContainsKey(target) || target.EndsWith(".pdf", StringComparison.Ordinal) || IsWebPage(target), $"{path} links {href}, which the site does not have");
            }
        }
    }

    private static bool IsWebPage(string target) => Notas.Any(n => target == n.Id + ".html");

    private static int Count(HtmlParser parser, Dictionary<string, string> pages, string page) =>
        parser.ParseDocument(pages[page]).QuerySelectorAll(".lijst__item").Length;

    /// <summary>The site's pages of the generated content, by path, with stand-in files for the manifest's sizes and pages.</summary>
    private static (Dictionary<string, string> Pages, int Documents) Publish()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/ander.yml", ContentTree.Organisation.Replace("Directoraat-Generaal Proef", "Directoraat-Generaal Ander", StringComparison.Ordinal));
        foreach (var (id, datum, categorie, afzender) in Notas)
        {
            var yaml = ContentTree.NotaYamlWithoutNotes
                .Replace("2024-06-07", datum, StringComparison.Ordinal)
                .Replace("afzender: proef", "afzender: " + afzender, StringComparison.Ordinal)
                + (categorie is null ? string.Empty : $"informatiecategorie: {categorie}\n");
            tree.Nota(yaml, $"De tekst van {id}.\n", id);
        }

        var (output, diagnostics) = tree.Check();
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var documents = output.Documents.Select(d => d.Document).ToList();
        var manifest = StandInFiles.Of(documents);
        var bag = new DiagnosticBag();
        var site = new SitePages(output.Style.Templates, output.Style.Assets, "t").Write(SiteDocument.Of(documents, manifest), site: true, bag);
        Assert.True(site is not null, string.Join("\n", bag.ToSortedList()));
        var pages = site.Value.Pages.ToDictionary(p => p.Path, p => System.Text.Encoding.UTF8.GetString(p.Content), StringComparer.Ordinal);
        pages["index.html"] = System.Text.Encoding.UTF8.GetString(site.Value.Index);
        return (pages, documents.Count);
    }
}
