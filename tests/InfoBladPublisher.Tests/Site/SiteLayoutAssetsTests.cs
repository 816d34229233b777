using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Publishing;
using InfoBladPublisher.Publishing.Site;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>
/// A site layout (a template, so untrusted) gets its assets as links to the site's shared files, and nothing else:
/// an inline style would be dropped by the site's policy, and a stylesheet that loads from elsewhere is refused.
/// </summary>
public sealed class SiteLayoutAssetsTests
{
    private const string Logo = "img/logo-placeholder.svg";

    [Fact]
    public void An_asset_url_on_a_site_page_Should_link_the_file_the_release_carries_under_assets()
    {
        // Given an overview layout that shows the placeholder logo
        using var tree = new ContentTree();
        var templates = tree.CopyOfTemplates();
        AddToIndex(templates, $"<img src=\"{{{{ asset_url \"{Logo}\" }}}}\" alt=\"\" aria-hidden=\"true\">");

        // When the site is made
        var (site, diagnostics) = Write(tree, templates);

        // Then the page links the file from the overview and from a filter page, and the release carries it once, as it is
        Assert.True(site is not null, string.Join("\n", diagnostics));
        Assert.Contains($"<img src=\"assets/{Logo}\"", Text(site.Value.Index), StringComparison.Ordinal);
        Assert.Contains($"<img src=\"../assets/{Logo}\"", Text(site.Value.Pages.Single(p => p.Path == "overzicht/type-nota.html").Content), StringComparison.Ordinal);
        var carried = site.Value.Pages.Single(p => p.Path == "assets/" + Logo);
        Assert.Equal(File.ReadAllBytes(Path.Combine(templates, "assets", Logo)), carried.Content);
        Assert.Equal("svg", carried.Format);
    }

    [Fact]
    public void An_inline_style_on_a_site_page_or_a_stylesheet_that_loads_elsewhere_Should_be_IBP050()
    {
        // Given an overview layout with an inline style
        using var tree = new ContentTree();
        var templates = tree.CopyOfTemplates();
        AddToIndex(templates, "<p style=\"color: red\">rood</p>");

        // When the site is made, then it is refused at the layout: the site's policy would drop the style without a word
        var (site, diagnostics) = Write(tree, templates);
        Assert.Null(site);
        var refused = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.BlockedRequest, refused.Code);
        Assert.EndsWith("index.sbn", refused.Position.File, StringComparison.Ordinal);
        Assert.Contains("style", refused.Message, StringComparison.Ordinal);

        // Given instead a stylesheet of the site that loads an image from elsewhere
        using var other = new ContentTree();
        var sheets = other.CopyOfTemplates();
        File.AppendAllText(Path.Combine(sheets, "assets", "css", "index.css"), "\n.overzicht { background: url(\"https://example.org/volg.png\"); }\n");

        // Then the shared stylesheet is refused, at the templates' assets
        (site, diagnostics) = Write(other, sheets);
        Assert.Null(site);
        refused = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.BlockedRequest, refused.Code);
        Assert.Contains("https://example.org/volg.png", refused.Message, StringComparison.Ordinal);
    }

    private static void AddToIndex(string templates, string html)
    {
        var layout = Path.Combine(templates, "layouts", "index.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<h1>{{ kop }}</h1>", "<h1>{{ kop }}</h1>\n" + html, StringComparison.Ordinal));
    }

    private static string Text(byte[] content) => System.Text.Encoding.UTF8.GetString(content);

    /// <summary>The public site of the tree's one nota, with stand-in files for the manifest's sizes and pages.</summary>
    private static ((byte[] Index, IReadOnlyList<SiteFile> Pages)? Site, IReadOnlyList<Diagnostic> Diagnostics) Write(ContentTree tree, string templates)
    {
        var (output, checkedWith) = tree.Check(templates);
        Assert.True(output is not null, string.Join("\n", checkedWith));
        var documents = output.Documents.Select(d => d.Document).ToList();
        var manifest = StandInFiles.Of(documents);
        var bag = new DiagnosticBag();
        var site = new SitePages(output.Style.Templates, output.Style.Assets, "t").Write(SiteDocument.Of(documents, manifest), site: true, bag);
        return (site, bag.ToSortedList());
    }
}
