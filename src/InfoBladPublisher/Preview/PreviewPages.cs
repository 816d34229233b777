using System.Net;
using System.Text;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Preview;

/// <summary>The preview's own pages: the index, a document's frame with its errors, and the script that reloads them.</summary>
internal static class PreviewPages
{
    /// <summary>The only script the preview runs: reload when the server has rebuilt. The documents themselves run none.</summary>
    public const string Script = """
        let shown = Number(document.body.dataset.versie);
        const events = new EventSource('/events');
        events.onmessage = async (e) => {
          const version = Number(e.data);
          if (version === shown) { return; }
          shown = version;
          const frame = document.querySelector('iframe');
          const next = frame && new DOMParser().parseFromString(await (await fetch(location.href, { cache: 'no-store' })).text(), 'text/html');
          if (!frame || !next.querySelector('iframe')) { location.reload(); return; }
          // Swap the error panel and reload only the document: quicker than reloading this page around it.
          document.querySelector('.fouten')?.remove();
          const errors = next.querySelector('.fouten');
          if (errors) { frame.before(document.importNode(errors, true)); }
          frame.contentWindow.location.reload();
        };
        """;

    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Index(PreviewState state, Func<Diagnostic, string?> sourceLine)
    {
        var list = new StringBuilder();
        foreach (var rendered in state.Html?.Documents ?? [])
        {
            var doc = rendered.Document;
            list.Append("<li><a href=\"/d/").Append(E(doc.Id)).Append("\">").Append(E(doc.Meta.Titel)).Append("</a> <span class=\"soort\">")
                .Append(E(doc.Meta.Type.Name)).Append(", ").Append(E(doc.Id)).Append("</span></li>\n");
        }

        var body = $"<h1>Voorbeeld</h1>\n{Problems(state.Diagnostics, sourceLine)}<ul class=\"documenten\">\n{list}</ul>";
        return Page("Voorbeeld: alle documenten", state.Version, body);
    }

    /// <summary>The view that shows the internal build's page: <c>/d/ID?weergave=intern</c>, its page at <c>/d/ID/intern</c>.</summary>
    public const string InternView = "intern";

    /// <summary>The internal build's PDF: <c>/d/ID?weergave=intern-pdf</c>, the file at <c>/d/ID/intern.pdf</c>.</summary>
    public const string InternPdfView = "intern-pdf";

    public const string InternPdfFile = "intern.pdf";

    /// <param name="view">web, pdf, <see cref="InternView"/> or <see cref="InternPdfView"/>.</param>
    public static string Document(PreviewState state, string id, string view, IReadOnlyList<Diagnostic> pdfDiagnostics, Func<Diagnostic, string?> sourceLine)
    {
        var rendered = state.Find(id)!;
        var href = "/d/" + E(id);
        string Link(string name, string label, string url) => view == name ? $"<span>{label}</span>" : $"<a href=\"{url}\">{label}</a>";
        var nav = $"<nav><a href=\"/\">Alle documenten</a> · <strong>{E(rendered.Document.Meta.Titel)}</strong> · "
            + Link("web", "webpagina", href) + " · " + Link("pdf", "PDF", href + "?weergave=pdf") + " · " + Link(InternView, "INTERN (met gelakte passages)", href + "?weergave=" + InternView)
            + " · " + Link(InternPdfView, "INTERN-PDF", href + "?weergave=" + InternPdfView)
            + "</nav>";
        // Said above the frame too, so a screenshot of the preview cannot be taken for the public page.
        var banner = view is InternView or InternPdfView
            ? "<p class=\"intern\" role=\"status\">INTERN · niet openbaar: deze weergave toont de passages die de publicatie weglakt (Woo), gemarkeerd, om ze te kunnen nalezen.</p>\n"
            : string.Empty;
        var problems = state.Diagnostics.Concat(pdfDiagnostics).ToList();
        var frame = $"<iframe title=\"{E(rendered.Document.Meta.Titel)}\" src=\"{href}/{view switch { "pdf" => "pdf", InternView => InternView, InternPdfView => InternPdfFile, _ => "web" }}\"></iframe>";
        return Page(rendered.Document.Meta.Titel, state.Version, nav + "\n" + banner + Problems(problems, sourceLine) + frame);
    }

    public static string NotFound(PreviewState state) =>
        Page("Niet gevonden", state.Version, "<h1>Niet gevonden</h1><p><a href=\"/\">Alle documenten</a></p>");

    private static string Problems(IReadOnlyList<Diagnostic> diagnostics, Func<Diagnostic, string?> sourceLine)
    {
        if (diagnostics.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<section class=\"fouten\" aria-label=\"Fouten\"><h2>").Append(diagnostics.Count(d => d.Severity == Severity.Error)).Append(" fout(en)</h2>\n");
        foreach (var d in diagnostics)
        {
            html.Append("<div class=\"fout ").Append(d.Severity == Severity.Error ? "fout--fout" : "fout--waarschuwing").Append("\"><p><code>")
                .Append(E(d.Position.ToString())).Append("</code> <strong>").Append(E(d.Code)).Append("</strong> ").Append(E(d.Wording.Nl)).Append("</p>");
            if (sourceLine(d) is { } line)
            {
                var caret = new string(' ', Math.Clamp(d.Position.Column - 1, 0, line.Length)) + "^";
                html.Append("<pre>").Append(E(line)).Append('\n').Append(E(caret)).Append("</pre>");
            }

            html.Append("</div>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    private static string Page(string title, int version, string body) => $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <title>{{E(title)}}</title>
        <style>
          body { font-family: "Fira Sans", sans-serif; margin: 0; padding: 0.5rem 1rem; display: flex; flex-direction: column; height: 100vh; box-sizing: border-box; }
          nav { padding: 0.25rem 0 0.5rem; }
          iframe { flex: 1; width: 100%; border: 1px solid #b8c6d5; }
          .fouten { border-left: 4px solid #d52b1e; background: #fdf1f0; padding: 0.25rem 0.75rem; margin-bottom: 0.5rem; max-height: 40vh; overflow: auto; }
          .fout--waarschuwing { border-left: 4px solid #ffb612; padding-left: 0.5rem; }
          .fouten h2 { font-size: 1rem; margin: 0.25rem 0; }
          pre { background: #fff; padding: 0.25rem 0.5rem; margin: 0 0 0.5rem; overflow-x: auto; }
          .soort { color: #555; }
          .intern { margin: 0 0 0.5rem; padding: 0.4rem 0.75rem; background: #b00020; color: #fff; font-weight: 700; }
        </style>
        </head>
        <body data-versie="{{version}}">
        {{body}}
        <script src="/preview.js"></script>
        </body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
