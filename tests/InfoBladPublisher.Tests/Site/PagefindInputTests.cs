using System.Text;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Publishing.Search;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>
/// Pagefind is given each page without its styles and embedded files, to spare it reading half a megabyte of
/// fonts a page: what it indexes (the words, and the marks it reads) must be what the page shows.
/// </summary>
public sealed class PagefindInputTests
{
    [Fact]
    public void A_slimmed_web_page_Should_keep_every_word_and_every_Pagefind_mark_and_lose_its_fonts()
    {
        // Given the seeds' standalone web pages, fonts and charts inside them
        var diagnostics = new DiagnosticBag();
        var html = CheckPipeline.Render(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics);
        Assert.NotNull(html);
        Assert.NotEmpty(html.Documents);
        foreach (var doc in html.Documents)
        {
            var page = doc.WebHtml.Length > 0 ? doc.WebHtml : File.ReadAllText(doc.WebStored!.Path);

            // When it is slimmed for Pagefind
            var slim = Encoding.UTF8.GetString(PagefindInput.Slim(Encoding.UTF8.GetBytes(page)));

            // Then the text a reader gets, and every data-pagefind-* mark, are unchanged; the styles and data: files are gone
            Assert.Equal(PageText.Of(page), PageText.Of(slim));
            Assert.Equal(Marks(page), Marks(slim));
            Assert.Contains("@font-face", page, StringComparison.Ordinal);
            Assert.DoesNotContain("@font-face", slim, StringComparison.Ordinal);
            Assert.DoesNotContain("=\"data:", slim, StringComparison.Ordinal);
            Assert.True(slim.Length * 4 < page.Length, $"{doc.Document.Id}: {slim.Length} of {page.Length} characters left");
        }
    }

    private static List<string> Marks(string html) =>
        new HtmlParser().ParseDocument(html).All
            .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("data-pagefind", StringComparison.Ordinal)).Select(a => $"{e.LocalName} {a.Name}={a.Value}"))
            .ToList();
}
