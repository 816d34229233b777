using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// summary.md, the job summary: where a reviewer looks first. It leads with the counts, then the changed
/// documents (text changes first) with the inputs that changed, the words that changed per document in a
/// collapsed section, the groups of pages with the same change, and every error or warning of the head at its
/// file:line:col. Every text from the pull request goes through <see cref="MarkdownText"/>.
/// </summary>
public static class SummaryWriter
{
    /// <summary>A job summary holds at most 1 MiB: a rewritten document shows its first blocks here, all in the report.</summary>
    public const int BlocksPerDocument = 40;

    public static string Write(ReleaseComparison comparison, string baseLabel, IReadOnlyList<string> headProblems)
    {
        var md = new StringBuilder();
        md.Append("## Voorvertoning tegen ").Append(T(baseLabel)).Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"{comparison.Count(DocumentChange.Changed)} gewijzigd, {comparison.Count(DocumentChange.Added)} toegevoegd, {comparison.Count(DocumentChange.Removed)} verwijderd, {comparison.Count(DocumentChange.NotPublished)} niet gepubliceerd, ")
            .Append(CultureInfo.InvariantCulture, $"{comparison.Count(DocumentChange.Unchanged)} ongewijzigd ({comparison.Count(Sameness.SameInputs)} dezelfde invoer, {comparison.Count(Sameness.SameBytes)} dezelfde PDF-bytes, {comparison.Count(Sameness.SamePictures)} dezelfde pagina's); ")
            .Append(Counts(comparison)).Append("; ")
            .Append(Plural.Of(headProblems.Count, "fout of waarschuwing", "fouten of waarschuwingen")).Append(" in de nieuwe versie.\n\n");

        var changed = comparison.ChangedInReadingOrder;
        if (changed.Count > 0)
        {
            md.Append("### Gewijzigde documenten\n\n| Document | Wijziging | Gewijzigde invoer | Pagina's | Tekst |\n| --- | --- | --- | --- | --- |\n");
            foreach (var doc in changed)
            {
                var inputs = doc.ChangedInputs.Count == 0 ? "–" : string.Join("; ", doc.ChangedInputs);
                var pages = doc.ChangedPages.Count == 0 ? "–" : string.Join(", ", doc.ChangedPages.Select(p => p.Label));
                md.Append(CultureInfo.InvariantCulture, $"| {T(doc.Id)} | {Label(doc.Change)} | {T(inputs)} | {T(pages)} | {TextLabel(doc)} |\n");
            }

            md.Append('\n');
        }

        TextChanges(md, changed);

        if (comparison.Groups.Count > 0)
        {
            md.Append("### Dezelfde wijziging op meer pagina's\n\n");
            foreach (var group in comparison.Groups)
            {
                md.Append(CultureInfo.InvariantCulture, $"{group.Number}. {group.Members.Count} pagina's: {T(group.Description)}; getoond: {T(group.First.DocumentId)}, {PageChange.LabelOf(group.First.Page)}\n");
            }

            md.Append('\n');
        }

        if (headProblems.Count > 0)
        {
            md.Append("### Fouten en waarschuwingen\n\n");
            foreach (var line in headProblems)
            {
                md.Append("- ").Append(Code(line)).Append('\n');
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    /// <summary>"11 gewijzigde pagina's, waarvan 6 in 2 groepen met dezelfde wijziging": only groups of two or more count as groups.</summary>
    public static string Counts(ReleaseComparison comparison)
    {
        var pages = Plural.Of(comparison.ChangedPageCount, "gewijzigde pagina", "gewijzigde pagina's");
        if (comparison.Groups.Count == 0)
        {
            return pages;
        }

        var grouped = comparison.Groups.Sum(g => g.Members.Count);
        return $"{pages}, waarvan {grouped.ToString(CultureInfo.InvariantCulture)} in {Plural.Of(comparison.Groups.Count, "groep", "groepen")} met dezelfde wijziging";
    }

    public static string Label(DocumentChange change) => change switch
    {
        DocumentChange.Added => "toegevoegd",
        DocumentChange.Removed => "verwijderd",
        DocumentChange.Changed => "gewijzigd",
        DocumentChange.NotPublished => "niet gepubliceerd (fouten)",
        _ => "ongewijzigd",
    };

    /// <summary>Whether the words changed, or only the layout; "–" for a document that came or went whole.</summary>
    public static string TextLabel(DocumentComparison doc) => doc.Change != DocumentChange.Changed ? "–"
        : doc.TextChanged ? Plural.Of(doc.TextChanges.Count, "blok gewijzigd", "blokken gewijzigd")
        : "alleen opmaak";

    /// <summary>
    /// Per document, its changed blocks as a word diff, collapsed. The whole &lt;details&gt; is one HTML block with no
    /// empty line in it, so Markdown reads none of it; the words are escaped for both all the same.
    /// </summary>
    private static void TextChanges(StringBuilder md, IReadOnlyList<DocumentComparison> documents)
    {
        var withText = documents.Where(d => d.TextChanged).ToList();
        if (withText.Count == 0)
        {
            return;
        }

        md.Append("### Tekstwijzigingen\n\n");
        foreach (var doc in withText)
        {
            md.Append("<details><summary>").Append(T(doc.Title)).Append(" (").Append(T(doc.Id)).Append("): ")
                .Append(Plural.Of(doc.TextChanges.Count, "gewijzigd blok", "gewijzigde blokken")).Append("</summary>\n<ol>\n");
            foreach (var change in doc.TextChanges.Take(BlocksPerDocument))
            {
                md.Append(CultureInfo.InvariantCulture, $"<li>Pagina {change.Page}: ");
                WordMarkup.Append(md, change.Words, MarkdownText.Escape).Append("</li>\n");
            }

            if (doc.TextChanges.Count > BlocksPerDocument)
            {
                md.Append("<li>en ").Append(Plural.Of(doc.TextChanges.Count - BlocksPerDocument, "blok", "blokken")).Append(" meer: zie het rapport</li>\n");
            }

            md.Append("</ol>\n</details>\n\n");
        }
    }

    private static string T(string text) => MarkdownText.Escape(text);

    /// <summary>A line as inline code, fenced by more backticks than it holds, so it is shown exactly as printed.</summary>
    internal static string Code(string line)
    {
        line = line.Replace('\n', ' ').Replace('\r', ' ');
        var longest = 0;
        for (var run = 0; run < line.Length; run++)
        {
            var end = run;
            while (end < line.Length && line[end] == '`')
            {
                end++;
            }

            longest = Math.Max(longest, end - run);
            run = end;
        }

        var fence = new string('`', longest + 1);
        return $"{fence} {line} {fence}";
    }
}
