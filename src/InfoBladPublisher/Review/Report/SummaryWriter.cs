using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// summary.md, the job summary: where a reviewer looks first. It leads with the counts, then the changed
/// documents with the inputs that changed, the groups of pages with the same change, and every error or
/// warning of the head at its file:line:col (the counts line says how many there are).
/// </summary>
public static class SummaryWriter
{
    public static string Write(ReleaseComparison comparison, string baseLabel, IReadOnlyList<string> headProblems)
    {
        var md = new StringBuilder();
        md.Append("## Voorvertoning tegen ").Append(Cell(baseLabel)).Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"{comparison.Count(DocumentChange.Changed)} gewijzigd, {comparison.Count(DocumentChange.Added)} toegevoegd, {comparison.Count(DocumentChange.Removed)} verwijderd, {comparison.Count(DocumentChange.NotPublished)} niet gepubliceerd, ")
            .Append(CultureInfo.InvariantCulture, $"{comparison.Count(DocumentChange.Unchanged)} ongewijzigd ({comparison.Count(Sameness.SameInputs)} dezelfde invoer, {comparison.Count(Sameness.SameBytes)} dezelfde PDF-bytes, {comparison.Count(Sameness.SamePictures)} dezelfde pagina's); ")
            .Append(CultureInfo.InvariantCulture, $"{comparison.ChangedPageCount} gewijzigde pagina's in {comparison.Groups.Count} groepen; {headProblems.Count} fouten of waarschuwingen in de nieuwe versie.\n\n");

        var changed = comparison.Documents.Where(d => d.Change != DocumentChange.Unchanged).ToList();
        if (changed.Count > 0)
        {
            md.Append("### Gewijzigde documenten\n\n| Document | Wijziging | Gewijzigde invoer | Pagina's |\n| --- | --- | --- | --- |\n");
            foreach (var doc in changed)
            {
                var inputs = doc.ChangedInputs.Count == 0 ? "–" : string.Join("; ", doc.ChangedInputs);
                var pages = doc.ChangedPages.Count == 0 ? "–" : string.Join(", ", doc.ChangedPages.Select(p => p.Label));
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(doc.Id)} | {Label(doc.Change)} | {Cell(inputs)} | {Cell(pages)} |\n");
            }

            md.Append('\n');
        }

        if (comparison.Groups.Count > 0)
        {
            md.Append("### Dezelfde wijziging op meer pagina's\n\n");
            foreach (var group in comparison.Groups)
            {
                md.Append(CultureInfo.InvariantCulture, $"{group.Number}. {group.Members.Count} pagina's: {Cell(group.Description)}; getoond: {Cell(group.First.DocumentId)}, {PageChange.LabelOf(group.First.Page)}\n");
            }

            md.Append('\n');
        }

        if (headProblems.Count > 0)
        {
            md.Append("### Fouten en waarschuwingen\n\n");
            foreach (var line in headProblems)
            {
                md.Append("- `").Append(line.Replace('`', '\'')).Append("`\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    public static string Label(DocumentChange change) => change switch
    {
        DocumentChange.Added => "toegevoegd",
        DocumentChange.Removed => "verwijderd",
        DocumentChange.Changed => "gewijzigd",
        DocumentChange.NotPublished => "niet gepubliceerd (fouten)",
        _ => "ongewijzigd",
    };

    /// <summary>Text from the pull request in a table cell: no pipes or line breaks that would break the table.</summary>
    private static string Cell(string text) => text.Replace('|', '/').Replace('\n', ' ').Replace('\r', ' ');
}
