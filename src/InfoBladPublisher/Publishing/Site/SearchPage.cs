using System.Text;
using InfoBladPublisher.Rendering.Html;

namespace InfoBladPublisher.Publishing.Site;

/// <summary>
/// zoeken.html, the one page that runs a script: Pagefind's search box over the index the publish wrote
/// (<c>pagefind/</c>). The template is checked and finished like every page of the site (it may load only the shared assets); the
/// product then adds Pagefind's files and its starter, and a policy that allows only what Pagefind needs:
/// scripts and WebAssembly from the site itself, and fetching the index from it.
/// </summary>
internal static class SearchPage
{
    public const string File = "zoeken.html";
    public const string Starter = "zoeken.js";

    public const string Policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'";

    // A file of its own: the policy allows no inline script. ?q= searches at once, so a result can be linked.
    private const string StarterScript = """
        // Starts Pagefind's search box on zoeken.html (written by InfoBladPublisher).
        window.addEventListener("DOMContentLoaded", function () {
          var zonder = document.getElementById("zonder-script");
          if (zonder) { zonder.hidden = true; }
          // Pagefind takes the site's address from where pagefind/ is, so the site works in any folder.
          // Pagefind's Dutch leaves its clear button in English ("Reset").
          var ui = new PagefindUI({ element: "#zoekvak", showImages: false, showSubResults: true, translations: { clear_search: "Wissen" } });
          // Pagefind's box has a title only; the page's visible label names it.
          var vak = document.querySelector("#zoekvak input");
          var label = document.getElementById("zoekterm-label");
          if (vak && label) { vak.id = "zoekterm"; label.hidden = false; }
          var vraag = new URLSearchParams(window.location.search).get("q");
          if (vraag) { ui.triggerSearch(vraag); }
        });

        """;

    private const string Loads = """
        <link rel="stylesheet" href="pagefind/pagefind-ui.css">
        <script src="pagefind/pagefind-ui.js" defer></script>
        <script src="zoeken.js" defer></script>

        """;

    /// <param name="finished">The finished page from the template; null when it was refused (reported).</param>
    /// <returns>The page and its starter script, or one empty page when it was refused.</returns>
    public static IReadOnlyList<SiteFile> Files(string? finished)
    {
        if (finished is null)
        {
            return [new SiteFile(File, "html", [])];
        }

        // Right after the policy PageFinisher put first in the head, so the files load under the new one.
        var html = finished.Replace($"content=\"{ContentSecurityPolicy.SitePolicy}\">", $"content=\"{Policy}\">\n{Loads}", StringComparison.Ordinal);
        return [new SiteFile(File, "html", Encoding.UTF8.GetBytes(html)), new SiteFile(Starter, "js", Encoding.UTF8.GetBytes(StarterScript))];
    }
}
