using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>
/// A publish keeps each web page (about 0.5 MB, fonts and images inlined) on disk, not in memory, from the HTML
/// stage to the release, whether it was just rendered or found in the cache.
/// </summary>
public sealed class HtmlCacheTests
{
    [Fact]
    public void A_stored_web_page_Should_leave_memory_and_be_the_page_a_render_gives()
    {
        using var tree = new ContentTree();
        var cache = Path.Combine(tree.Root, "cache");
        var markdown = new MarkdownEngine();
        var expected = Encoding.UTF8.GetBytes(Assert.Single(tree.Check().Output!.Documents).WebHtml);
        // A render writes the page again; a page found in the cache is only read, so this date survives.
        var untouched = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

        foreach (var round in new[] { "rendered", "from the cache" })
        {
            var diagnostics = new DiagnosticBag();
            var loaded = LoadStage.Run(Workspace.Open(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules), markdown, diagnostics)!;
            using (loaded.Style)
            {
                var doc = Assert.Single(HtmlStage.Run(loaded, markdown, diagnostics, stored: new HtmlCache(cache))!.Documents);

                Assert.True(doc.WebHtml.Length == 0, round);
                var stored = doc.WebStored!;
                Assert.Equal(expected, File.ReadAllBytes(stored.Path));
                Assert.Equal(Hashing.Sha256Hex(expected), stored.Sha256);
                Assert.Equal(expected.LongLength, stored.Length);
                if (round == "rendered")
                {
                    File.SetLastWriteTimeUtc(stored.Path, untouched);
                }
                else
                {
                    Assert.Equal(untouched, File.GetLastWriteTimeUtc(stored.Path));
                }
            }
        }
    }
}
