using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Redaction;

/// <summary>
/// The seeds and a nota marked everywhere an editor can mark (inline, over a line break and a hyphen, whole
/// blocks, a table cell, a note in the text, a note in the YAML, a field), published both ways. No byte of the
/// public release may hold a withheld word: not raw, not in an inflated PDF stream, not as UTF-16, not in the
/// text layer with hyphens and line breaks undone. The internal build shows them, marked INTERN on every page.
/// </summary>
public sealed partial class RedactionLeakTests : IAsyncLifetime, IDisposable
{
    /// <summary>Each written only inside one of the nota's six markings (or the bijlage's field); no other text uses them.</summary>
    private static readonly string[] Secrets =
    [
        "Zwartlakker", "Afgeschermd", "Beraadgeheim", "Lijstgeheim", "Celgeheim", "Notegeheim", "Yamlgeheim", "Veldgeheim",
        "Voorbeeld-Testpersoon", "12345678",
    ];

    private const string NotaYaml = """
        type: nota
        titel: Een nota met gelakte passages
        datum: 2024-06-07
        kenmerk: "123"
        afzender: jenv-dgm
        aan: "De minister, via {lak 5.1.2e}Veldgeheim{/lak}"
        status: definitief
        voetnoten:
          yaml: "Volgens {lak 5.1.2e}Yamlgeheim{/lak} van de IND."

        """;

    private const string NotaBody = """
        # Aanleiding

        Het gesprek met {lak 5.1.2e}behandelaar Zwartlakker van de af-
        deling Afgeschermd{/lak} gaf aanleiding tot deze nota.[^noot][^yaml]

        {lak 5.2}
        Beraadgeheim: de directeur vindt dit een slecht plan.

        - Lijstgeheim in een lijst
        {/lak}

        | Wie | Wat |
        | --- | --- |
        | {lak 5.1.2e}Celgeheim{/lak} | een cel |

        # Besluit

        De nota gaat naar de minister.

        [^noot]: Gesproken met {lak 5.1.2e}Notegeheim{/lak} op 3 juni.
        """;

    private readonly TempTree _tree = new();

    private PublishResult _public = null!;
    private PublishResult _intern = null!;

    public async Task InitializeAsync()
    {
        _tree.CopyFrom(RepoPaths.Content, "content");
        _tree.Write("content/documenten/2024-06-08-nota-gelakt/document.yml", NotaYaml);
        _tree.Write("content/documenten/2024-06-08-nota-gelakt/tekst.md", NotaBody);
        var options = new PublishOptions(_tree.PathOf("content"), RepoPaths.Templates, RepoPaths.NodeModules, _tree.PathOf("releases"), "woo")
        {
            CacheFolder = _tree.PathOf("cache"),
        };

        // The internal build first, on the same cache: nothing it made may reach the public build.
        _intern = await new PublishPipeline().RunAsync(options with { Intern = true }, TextWriter.Null);
        _public = await new PublishPipeline().RunAsync(options, TextWriter.Null);
    }

    [Fact]
    public void No_byte_of_the_public_release_Should_hold_a_withheld_word()
    {
        Assert.True(_public.Succeeded, string.Join("\n", _public.Diagnostics));
        var files = Directory.GetFiles(_public.ReleasePath!, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("nota-gelakt.pdf", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".pf_fragment", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var texts = new List<(string What, string Text)> { ("bytes", Encoding.Latin1.GetString(bytes)), ("UTF-16", Encoding.BigEndianUnicode.GetString(bytes)), ("UTF-16 at an odd byte", Encoding.BigEndianUnicode.GetString(bytes, 1, bytes.Length - 1)) };
            if (file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                var inflated = file + ".qdf";
                Tool.Run("qpdf", "--qdf", "--object-streams=disable", "--decode-level=all", file, inflated);
                var inflatedBytes = File.ReadAllBytes(inflated);
                File.Delete(inflated);
                texts.Add(("inflated streams", Encoding.Latin1.GetString(inflatedBytes)));
                texts.Add(("inflated streams as UTF-16", Encoding.BigEndianUnicode.GetString(inflatedBytes)));
                texts.Add(("text layer", Unbroken(Tool.Run("pdftotext", "-enc", "UTF-8", file, "-"))));
            }

            if (file.EndsWith(".pf_fragment", StringComparison.Ordinal) || file.EndsWith(".pf_index", StringComparison.Ordinal) || file.EndsWith(".pf_meta", StringComparison.Ordinal))
            {
                // Pagefind's index is gzip: read as it is searched.
                using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                gzip.CopyTo(inflated);
                texts.Add(("search index, inflated", Encoding.UTF8.GetString(inflated.ToArray())));
            }

            foreach (var (what, text) in texts)
            {
                foreach (var secret in Secrets)
                {
                    Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"'{secret}' is in {Path.GetFileName(file)} ({what})");
                }
            }
        }
    }

    [Fact]
    public void The_public_pages_Should_carry_a_bar_with_its_ground_for_every_marking()
    {
        var html = File.ReadAllText(Path.Combine(_public.ReleasePath!, "2024-06-08-nota-gelakt.html"));
        Assert.Equal(6, Bar().Count(html));
        Assert.Contains("aria-label=\"Gelakt: 5.2, persoonlijke beleidsopvattingen in documenten voor intern beraad\"", html, StringComparison.Ordinal);

        var bijlage = File.ReadAllText(Path.Combine(_public.ReleasePath!, "2024-06-19-bijlage-processchets-nareis.html"));
        Assert.Single(Bar().Matches(bijlage));

        var inventory = File.ReadAllText(Path.Combine(_public.ReleasePath!, "2024-06-08-nota-gelakt.gelakt.json"));
        Assert.Contains("\"gelakt\": 6", inventory, StringComparison.Ordinal);
        Assert.Contains("\"grond\": \"5.1.2e\"", inventory, StringComparison.Ordinal);
        Assert.Contains("\"aantal\": 5", inventory, StringComparison.Ordinal);
        // The PDF's bars by page: the field, the passage, the block, the table cell and both notes.
        Assert.Equal(6, Regex.Count(inventory, "\"pagina\": "));
        Assert.Equal(2, Regex.Count(inventory, "\"waar\": \"noot\""));
    }

    [Fact]
    public void The_internal_build_Should_show_every_withheld_word_with_INTERN_on_every_page_in_its_own_folder()
    {
        Assert.True(_intern.Succeeded, string.Join("\n", _intern.Diagnostics));
        Assert.Equal(Path.Combine(_tree.PathOf("releases"), "intern", "woo"), _intern.ReleasePath);
        Assert.Contains("\"versie\": \"intern\"", File.ReadAllText(Path.Combine(_intern.ReleasePath!, "manifest.json")), StringComparison.Ordinal);

        // The feed and the Woo-index are for public releases only: the internal build has no feed, robots.txt or sitemaps.
        Assert.False(File.Exists(Path.Combine(_intern.ReleasePath!, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(_intern.ReleasePath!, "feed.xml")));
        Assert.False(Directory.Exists(Path.Combine(_intern.ReleasePath!, "sitemaps")));
        // Nor the site: no document pages, filters, search page or search index, only index.html.
        foreach (var folder in new[] { "documenten", "overzicht", "pagefind" })
        {
            Assert.False(Directory.Exists(Path.Combine(_intern.ReleasePath!, folder)), folder);
        }

        Assert.False(File.Exists(Path.Combine(_intern.ReleasePath!, "zoeken.html")));
        Assert.Contains($"href=\"2024-06-08-nota-gelakt.html\"", File.ReadAllText(Path.Combine(_intern.ReleasePath!, "index.html")), StringComparison.Ordinal);
        Assert.Contains("2024-06-08-nota-gelakt.pdf", string.Concat(Directory.GetFiles(Path.Combine(_public.ReleasePath!, "sitemaps")).Select(File.ReadAllText)), StringComparison.Ordinal);

        var pdf = Path.Combine(_intern.ReleasePath!, "2024-06-08-nota-gelakt.pdf");
        var text = Unbroken(Tool.Run("pdftotext", "-enc", "UTF-8", pdf, "-"));
        foreach (var secret in Secrets.Where(s => s is not "Voorbeeld-Testpersoon" and not "12345678"))
        {
            Assert.Contains(secret, text, StringComparison.Ordinal);
        }

        foreach (var file in Directory.GetFiles(_intern.ReleasePath!, "*.pdf"))
        {
            var pages = Tool.Run("pdftotext", "-enc", "UTF-8", file, "-").Split('\f', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(pages, page => Assert.Contains("INTERN", page, StringComparison.Ordinal));
        }
    }

    /// <summary>The text layer with line-end hyphens and line breaks undone, so a word broken over lines is found whole.</summary>
    private static string Unbroken(string text) => Regex.Replace(Regex.Replace(text, "[-\u00AD]\\s*\\n\\s*", string.Empty), "\\s+", " ");

    [GeneratedRegex("class=\"gelakt( gelakt-blok)?\" role=\"img\"")]
    private static partial Regex Bar();

    private static readonly string[] MarkedPages = ["2024-06-08-nota-gelakt.html", "2024-06-19-bijlage-processchets-nareis.html"];

    /// <summary>The bar (role img, with its ground as text), the highlights and the INTERN banner read right.</summary>
    [Fact]
    public async Task The_pages_with_bars_and_the_internal_pages_Should_have_no_axe_violation()
    {
        var pages = new[] { _public.ReleasePath!, _intern.ReleasePath! }
            .SelectMany(r => MarkedPages.Select(p => Path.Combine(r, p)));
        var found = await Axe.ViolationsInAsync(pages);

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _tree.Dispose();
}
