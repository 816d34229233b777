using System.Globalization;
using System.Net;
using System.Text;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// Writes the review report: a static, offline index.html with its images beside it, and summary.md for a CI
/// job summary. Changed documents first (those whose words changed before those whose layout alone did), page
/// by page; unchanged documents collapsed at the end.
/// </summary>
public static class ReportWriter
{
    public const string IndexFile = "index.html";
    public const string SummaryFile = "summary.md";

    /// <param name="headProblems">The head's errors and warnings as its publish printed them (file:line:col first).</param>
    public static void Write(ReleaseComparison comparison, string outputFolder, string baseLabel, string headLabel, IReadOnlyList<string>? headProblems = null)
    {
        headProblems ??= [];
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        Directory.CreateDirectory(outputFolder);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Voorvertoning: ").Append(comparison.ChangedPageCount.ToString(CultureInfo.InvariantCulture)).Append(" gewijzigde pagina's</title>\n<style>\n")
            .Append(Resource("report.css")).Append("</style>\n</head>\n<body>\n");
        Header(html, comparison, baseLabel, headLabel);
        html.Append("<main>\n");
        Problems(html, headProblems);
        var grouped = comparison.Groups.SelectMany(g => g.Members.Select((m, i) => (m, g, i))).ToDictionary(x => x.m, x => (Group: x.g, Index: x.i));
        Groups(html, comparison.Groups);

        var changeNumber = 0;
        foreach (var doc in comparison.ChangedInReadingOrder)
        {
            Document(html, doc, outputFolder, grouped, ref changeNumber);
        }

        var unchanged = comparison.Documents.Where(d => d.Change == DocumentChange.Unchanged).ToList();
        if (unchanged.Count > 0)
        {
            html.Append("<details class=\"ongewijzigd\"><summary>").Append(Plural.Of(unchanged.Count, "ongewijzigd document", "ongewijzigde documenten")).Append("</summary><ul>");
            foreach (var doc in unchanged)
            {
                html.Append("<li>").Append(E(doc.Title)).Append(" <span class=\"stil\">").Append(E(doc.Id)).Append(" — ").Append(Why(doc.Same)).Append("</span></li>");
            }

            html.Append("</ul></details>\n");
        }

        html.Append("</main>\n<script>\n").Append(Resource("report.js")).Append("</script>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(outputFolder, IndexFile), html.ToString());
        File.WriteAllText(Path.Combine(outputFolder, SummaryFile), SummaryWriter.Write(comparison, baseLabel, headProblems));
    }

    /// <summary>Why an unchanged document is unchanged, as the report and the summary say it.</summary>
    public static string Why(Sameness same) => same switch
    {
        Sameness.SameInputs => "ongewijzigd: dezelfde invoer",
        Sameness.SameBytes => "ongewijzigd: dezelfde PDF-bytes",
        _ => "ongewijzigd: dezelfde pagina's",
    };

    private static void Problems(StringBuilder html, IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"fouten\"><h2>Fouten en waarschuwingen in de nieuwe versie</h2><ul>");
        foreach (var line in problems)
        {
            html.Append("<li><code>").Append(E(line)).Append("</code></li>");
        }

        html.Append("</ul></section>\n");
    }

    private static void Groups(StringBuilder html, IReadOnlyList<PageGroup> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"groepen\"><h2>Dezelfde wijziging op meer pagina's</h2><ol>");
        foreach (var group in groups)
        {
            html.Append("<li id=\"groep-").Append(group.Number).Append("\"><p>").Append(group.Members.Count).Append(" pagina's: ").Append(E(group.Description))
                .Append(". Getoond bij <a href=\"#doc-").Append(E(group.First.DocumentId)).Append("\">").Append(E(group.First.DocumentId)).Append(", ")
                .Append(E(PageChange.LabelOf(group.First.Page))).Append("</a>.</p><div class=\"duimnagels\">");
            foreach (var member in group.Members.Skip(1))
            {
                var url = $"img/{member.DocumentId}/{Path.GetFileNameWithoutExtension(member.Page)}.nieuw.png";
                html.Append("<figure><a href=\"").Append(E(url)).Append("\"><img loading=\"lazy\" src=\"").Append(E(url)).Append("\" alt=\"Nieuw: ").Append(E(member.DocumentId)).Append(", ")
                    .Append(E(PageChange.LabelOf(member.Page))).Append("\"></a><figcaption>").Append(E(member.DocumentId)).Append(", ").Append(E(PageChange.LabelOf(member.Page))).Append("</figcaption></figure>");
            }

            html.Append("</div></li>");
        }

        html.Append("</ol></section>\n");
    }

    private static void Header(StringBuilder html, ReleaseComparison comparison, string baseLabel, string headLabel)
    {
        html.Append("<header class=\"kop\">\n<h1>Wijzigingen in de publicaties</h1>\n<p class=\"kop__sleutels\">")
            .Append("Basis ").Append(E(baseLabel)).Append(" tegen ").Append(E(headLabel))
            .Append(". Toetsen: <kbd>j</kbd> volgende wijziging, <kbd>k</kbd> vorige; <kbd>s</kbd> schuif, <kbd>b</kbd> basis, <kbd>n</kbd> nieuw, <kbd>v</kbd> verschil.</p>\n")
            .Append("<dl class=\"telling\">");
        foreach (var (label, count) in new[]
        {
            ("Gewijzigd", comparison.Count(DocumentChange.Changed)),
            ("Toegevoegd", comparison.Count(DocumentChange.Added)),
            ("Verwijderd", comparison.Count(DocumentChange.Removed)),
            ("Niet gepubliceerd", comparison.Count(DocumentChange.NotPublished)),
            ("Ongewijzigd", comparison.Count(DocumentChange.Unchanged)),
            ("Gewijzigde pagina's", comparison.ChangedPageCount),
        })
        {
            html.Append("<div><dt>").Append(label).Append("</dt><dd data-telling=\"").Append(label).Append("\">").Append(count).Append("</dd></div>");
        }

        html.Append("</dl>\n</header>\n");
    }

    private static void Document(StringBuilder html, DocumentComparison doc, string outputFolder, Dictionary<PageRef, (PageGroup Group, int Index)> grouped, ref int changeNumber)
    {
        var (label, css) = doc.Change switch
        {
            DocumentChange.Added => ("toegevoegd", "etiket--toegevoegd"),
            DocumentChange.Removed => ("verwijderd", "etiket--verwijderd"),
            DocumentChange.NotPublished => ("niet gepubliceerd: zie de fouten", "etiket--verwijderd"),
            _ when doc.TextChanged => ("tekst gewijzigd", string.Empty),
            _ => ("alleen opmaak gewijzigd", "etiket--opmaak"),
        };
        html.Append("<section class=\"document\" id=\"doc-").Append(E(doc.Id)).Append("\" data-document=\"").Append(E(doc.Id)).Append("\" data-tekst=\"").Append(TextPart(doc)).Append("\">\n<h2>")
            .Append(E(doc.Title)).Append(" <span class=\"etiket ").Append(css).Append("\">").Append(label).Append("</span></h2>\n<p class=\"document__id\">")
            .Append(E(doc.Id)).Append("</p>\n");

        if (doc.Change == DocumentChange.Changed && doc.Metadata.Count > 0)
        {
            html.Append("<table class=\"metadata\"><caption class=\"stil\">Gewijzigde gegevens</caption><thead><tr><th scope=\"col\">Veld</th><th scope=\"col\">Basis</th><th scope=\"col\">Nieuw</th></tr></thead><tbody>");
            foreach (var m in doc.Metadata)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(m.Field)).Append("</th><td><del>").Append(E(m.Base)).Append("</del></td><td><ins>").Append(E(m.Head)).Append("</ins></td></tr>");
            }

            html.Append("</tbody></table>\n");
        }

        if (doc.ChangedInputs.Count > 0)
        {
            html.Append("<p class=\"invoer\">Gewijzigde invoer: ").Append(E(string.Join("; ", doc.ChangedInputs))).Append("</p>\n");
        }

        if (doc.TextChanged)
        {
            html.Append("<h3>Tekstwijzigingen</h3>\n<ol class=\"woordverschil\">");
            foreach (var change in doc.TextChanges)
            {
                html.Append("<li><span class=\"stil\">Pagina ").Append(change.Page).Append(":</span> ");
                WordMarkup.Append(html, change.Words, E).Append("</li>");
            }

            html.Append("</ol>\n");
        }

        foreach (var page in doc.ChangedPages)
        {
            if (grouped.TryGetValue(new PageRef(doc.Id, page.Name), out var member) && member.Index > 0)
            {
                // Shown once, at the group's first page; here only named, its picture kept for the group's thumbnails.
                Save(outputFolder, $"img/{doc.Id}/{Path.GetFileNameWithoutExtension(page.Name)}.nieuw.png", page.Head);
                html.Append("<p class=\"stil\">").Append(E(page.Label)).Append(": dezelfde wijziging als <a href=\"#groep-").Append(member.Group.Number).Append("\">groep ")
                    .Append(member.Group.Number).Append("</a>.</p>\n");
                continue;
            }

            Page(html, doc, page, outputFolder, ++changeNumber);
        }

        if (doc.UnchangedPages.Count > 0)
        {
            html.Append("<p class=\"stil\">Ongewijzigd: ")
                .Append(E(string.Join(", ", doc.UnchangedPages.Select(PageChange.LabelOf))))
                .Append(".</p>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Which part of the report a changed document is in: its words changed, only its layout, or it came or went whole.</summary>
    private static string TextPart(DocumentComparison doc) => doc.Change != DocumentChange.Changed ? "geheel" : doc.TextChanged ? "gewijzigd" : "alleen-opmaak";

    private static void Page(StringBuilder html, DocumentComparison doc, PageChange page, string outputFolder, int number)
    {
        var stem = $"img/{doc.Id}/{Path.GetFileNameWithoutExtension(page.Name)}";
        var baseUrl = Save(outputFolder, stem + ".basis.png", page.Base);
        var headUrl = Save(outputFolder, stem + ".nieuw.png", page.Head);
        var diffUrl = Save(outputFolder, stem + ".verschil.png", page.Diff);
        var ratio = page.Base is null ? "nieuw" : page.Head is null ? "vervallen" : string.Create(CultureInfo.InvariantCulture, $"{page.Ratio * 100:0.###}% van de pixels anders");
        if (!page.IsPdfPage && page.Base is not null && page.Head is not null)
        {
            ratio += string.Create(CultureInfo.InvariantCulture, $"; alleen het gewijzigde deel, vanaf {page.BandTop} px");
        }


        html.Append("<article class=\"wijziging\" id=\"wijziging-").Append(number).Append("\" tabindex=\"-1\" data-wijziging data-pagina=\"").Append(E(page.Name)).Append("\">\n<h3>")
            .Append(E(page.Label)).Append("<span>").Append(E(ratio)).Append("</span></h3>\n<div class=\"wijziging__inhoud\">\n");

        var only = baseUrl is null ? headUrl : headUrl is null ? baseUrl : null;
        if (only is not null)
        {
            html.Append("<div class=\"beeld\"><img src=\"").Append(E(only)).Append("\" alt=\"").Append(E(page.Label)).Append("\"></div>\n");
        }
        else
        {
            html.Append("<div class=\"vergelijk\" data-modus=\"schuif\">\n<div class=\"knoppen\" role=\"group\" aria-label=\"Weergave\">")
                .Append("<button type=\"button\" data-modus=\"schuif\" aria-pressed=\"true\">Schuif</button>")
                .Append("<button type=\"button\" data-modus=\"basis\" aria-pressed=\"false\">Basis</button>")
                .Append("<button type=\"button\" data-modus=\"nieuw\" aria-pressed=\"false\">Nieuw</button>")
                .Append("<button type=\"button\" data-modus=\"verschil\" aria-pressed=\"false\">Verschil</button></div>\n")
                .Append("<div class=\"beeld\"><img class=\"laag laag--basis\" src=\"").Append(E(baseUrl)).Append("\" alt=\"Basis: ").Append(E(page.Label)).Append("\">")
                .Append("<img class=\"laag laag--nieuw\" src=\"").Append(E(headUrl)).Append("\" alt=\"Nieuw: ").Append(E(page.Label)).Append("\">");
            if (diffUrl is not null)
            {
                html.Append("<img class=\"laag laag--verschil\" src=\"").Append(E(diffUrl)).Append("\" alt=\"Verschil: ").Append(E(page.Label)).Append("\">");
            }

            html.Append("</div>\n<label class=\"schuif\">Basis <input type=\"range\" min=\"0\" max=\"100\" value=\"50\" aria-label=\"Schuif tussen basis en nieuw\"> Nieuw</label>\n</div>\n");
        }

        html.Append("<div>\n<div class=\"duimnagels\">");
        foreach (var (url, caption) in new[] { (baseUrl, "Basis"), (headUrl, "Nieuw"), (diffUrl, "Verschil") })
        {
            if (url is not null)
            {
                html.Append("<figure><a href=\"").Append(E(url)).Append("\"><img src=\"").Append(E(url)).Append("\" alt=\"").Append(caption).Append(": ").Append(E(page.Label)).Append("\"></a><figcaption>").Append(caption).Append("</figcaption></figure>");
            }
        }

        html.Append("</div>\n");
        if (page.IsPdfPage)
        {
            TextDiff(html, page.Text);
        }

        html.Append("</div>\n</div>\n</article>\n");
    }

    private static void TextDiff(StringBuilder html, IReadOnlyList<TextLine> lines)
    {
        var changed = lines.Where(l => l.Kind != TextLineKind.Same).ToList();
        if (changed.Count == 0)
        {
            html.Append("<p class=\"stil\">De tekst van deze pagina is niet veranderd; alleen de opmaak.</p>\n");
            return;
        }

        html.Append("<h4 class=\"stil\">Tekst op deze pagina</h4>\n<ol class=\"tekstverschil\">");
        for (var i = 0; i < changed.Count; i++)
        {
            var line = changed[i];
            if (line.Kind is TextLineKind.Removed or TextLineKind.Added)
            {
                // A run of removed and added lines is one change, shown word by word.
                var end = i;
                while (end < changed.Count && changed[end].Kind is TextLineKind.Removed or TextLineKind.Added)
                {
                    end++;
                }

                var run = changed.Skip(i).Take(end - i).ToList();
                var words = WordDiff.Of(run.Where(l => l.Kind == TextLineKind.Removed).Select(l => l.Text), run.Where(l => l.Kind == TextLineKind.Added).Select(l => l.Text));
                html.Append("<li class=\"").Append(WordDiff.HasChange(words) ? "woorden" : "herschikt").Append("\">");
                WordMarkup.Append(html, words, E);
                if (!WordDiff.HasChange(words))
                {
                    html.Append("<em>dezelfde woorden, anders over de regels verdeeld</em>");
                }

                html.Append("</li>");
                i = end - 1;
                continue;
            }

            var note = line.Kind == TextLineKind.MovedAway ? $"verplaatst naar pagina {line.OtherPage}" : $"verplaatst van pagina {line.OtherPage}";
            html.Append("<li class=\"verplaatst\">").Append(E(line.Text)).Append("<em>").Append(note).Append("</em></li>");
        }

        var same = lines.Count - changed.Count;
        html.Append("</ol>\n<p class=\"stil\">").Append(Plural.Of(same, "regel", "regels")).Append(" ongewijzigd.</p>\n");
    }

    private static string? Save(string outputFolder, string relative, byte[]? png)
    {
        if (png is null)
        {
            return null;
        }

        var path = Path.Combine(outputFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        return relative;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(ReportWriter).Assembly.GetManifestResourceStream("InfoBladPublisher.Review." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
