using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Rendering;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>
/// The site's pages share one stylesheet and the fonts under assets/ instead of each embedding them (a page was
/// about 400 kB), while each document's own web page still holds everything itself; whatever a page or the
/// stylesheet links is a file of the release, and the manifest and verify hold the shared files too.
/// </summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed partial class SiteAssetsTests
{
    private readonly PublishedSeeds _seeds;

    public SiteAssetsTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public void Every_page_of_the_site_Should_link_the_shared_styles_and_weigh_little_more_than_its_text_and_each_web_page_Should_keep_its_own()
    {
        // Given the site's pages: index.html and every page the manifest lists as the site's
        var pages = SitePages();
        Assert.Contains("zoeken.html", pages);
        Assert.Contains(pages, p => p.StartsWith("overzicht/", StringComparison.Ordinal));
        Assert.Equal(PublishedSeeds.DocumentCount, pages.Count(p => p.StartsWith("documenten/", StringComparison.Ordinal)));

        foreach (var path in pages)
        {
            // When each is read
            var html = File.ReadAllText(Path.Combine(_seeds.ReleasePath, path));
            var text = new HtmlParser().ParseDocument(html).Body!.TextContent;
            var bytes = new FileInfo(Path.Combine(_seeds.ReleasePath, path)).Length;

            // Then it embeds no font and no style, links the one shared stylesheet, and is its text with markup around it:
            // at most four bytes of markup per byte of text, and 8 kB for the head and the site's header
            Assert.DoesNotContain("@font-face", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data:font/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            var root = path.Contains('/', StringComparison.Ordinal) ? "../" : string.Empty;
            Assert.Single(Regex.Matches(html, $"<link rel=\"stylesheet\" href=\"{Regex.Escape(root)}assets/site.css\">"));
            var bound = (5 * System.Text.Encoding.UTF8.GetByteCount(text)) + 8_000;
            Assert.True(bytes <= bound, $"{path}: {bytes} bytes for {text.Length} characters of text (bound {bound})");
        }

        // While each document's own web page stays one file to pass on: its fonts inside it, and nothing it loads
        // (its links are for the reader to follow)
        foreach (var id in new[] { PublishedSeeds.NotaId, PublishedSeeds.BijlageId, PublishedSeeds.InformatiebladId, PublishedSeeds.KamerbriefId })
        {
            var html = File.ReadAllText(_seeds.HtmlPath(id));
            Assert.Contains("url(\"data:font/woff2;base64,", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Links(html), l => l.Element != "a" && !l.Value.StartsWith("data:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_address_a_page_or_stylesheet_links_Should_be_a_file_of_the_release()
    {
        // Given every HTML page of the release, the documents' own web pages too
        var release = Path.GetFullPath(_seeds.ReleasePath);
        var pages = Directory.GetFiles(release, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var broken = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);

        // When each href and src, and each url() in a linked stylesheet, is resolved against where it is
        foreach (var page in pages)
        {
            foreach (var (element, value) in Links(File.ReadAllText(page)))
            {
                if (value.StartsWith('#') || (element == "a" && Scheme().IsMatch(value)))
                {
                    continue; // a place in the page, or a link elsewhere for the reader to follow
                }

                Resolve(release, page, value, broken, found);
            }
        }

        foreach (var sheet in found.Where(f => f.EndsWith(".css", StringComparison.Ordinal)).ToList())
        {
            foreach (Match url in CssUrl().Matches(File.ReadAllText(sheet)))
            {
                Resolve(release, sheet, url.Groups["url"].Value, broken, found);
            }
        }

        // Then every one is a file of the release, and the site's pages did link the stylesheet and the fonts
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.Contains(Path.Combine(release, "assets", "site.css"), found);
        Assert.Contains(found, f => f.StartsWith(Path.Combine(release, "assets", "fonts") + Path.DirectorySeparatorChar, StringComparison.Ordinal) && f.EndsWith(".woff2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shared_files_Should_be_in_the_manifest_and_a_changed_one_Should_be_named_by_verify()
    {
        // Given the manifest's site files and a copy of the release
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_seeds.ReleasePath, ReleaseManifest.FileName)));
        var site = manifest.RootElement.GetProperty("site").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("format").GetString()!, StringComparer.Ordinal);
        var shared = Directory.GetFiles(Path.Combine(_seeds.ReleasePath, "assets"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_seeds.ReleasePath, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
        Assert.Contains("assets/site.css", shared);
        Assert.All(shared, f => Assert.True(site.ContainsKey(f), $"{f} is not in the manifest"));
        Assert.Equal("css", site["assets/site.css"]);
        using var tree = new TempTree();
        var copy = tree.CopyFrom(_seeds.ReleasePath, "release").PathOf("release");
        Assert.Empty(ReleaseCheck.Problems(copy));

        // When the shared stylesheet is changed and a font removed
        File.AppendAllText(Path.Combine(copy, "assets", "site.css"), "body { color: red; }\n");
        var font = shared.First(f => f.EndsWith(".woff2", StringComparison.Ordinal));
        File.Delete(Path.Combine(copy, font));

        // Then verify names both
        var problems = ReleaseCheck.Problems(copy).Select(p => p.En).ToList();
        Assert.Contains(problems, p => p.StartsWith("assets/site.css: ", StringComparison.Ordinal));
        Assert.Contains($"{font}: missing", problems);
    }

    /// <summary>Index.html and every HTML page the manifest lists under site, by path in the release.</summary>
    private List<string> SitePages()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_seeds.ReleasePath, ReleaseManifest.FileName)));
        return ["index.html", .. manifest.RootElement.GetProperty("site").EnumerateArray()
            .Where(f => f.GetProperty("format").GetString() == "html").Select(f => f.GetProperty("path").GetString()!)];
    }

    /// <summary>Every href and src of the page, with the element that carries it.</summary>
    private static List<(string Element, string Value)> Links(string html) =>
        new HtmlParser().ParseDocument(html).All
            .SelectMany(e => LinkAttributes.Where(e.HasAttribute).Select(a => (e.LocalName, e.GetAttribute(a)!.Trim())))
            .ToList();

    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <summary>A relative address against the file it is in: a file inside the release, or it is named as broken.</summary>
    private static void Resolve(string release, string from, string address, List<string> broken, HashSet<string> found)
    {
        var path = Uri.UnescapeDataString(address.Split('#', 2)[0].Split('?', 2)[0]);
        if (path.StartsWith("data:", StringComparison.Ordinal))
        {
            return;
        }

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from)!, path));
        if (Scheme().IsMatch(address) || path.StartsWith('/') || !target.StartsWith(release + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(target))
        {
            broken.Add($"{Path.GetRelativePath(release, from)}: {address}");
            return;
        }

        found.Add(target);
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial Regex CssUrl();
}
