using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>A table that breaks keeps at least two body rows on each side of the break.</summary>
internal sealed class TableRowsAcrossBreak : ILayoutRule
{
    public const int MinimumRows = 2;

    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var parts in facts.TableFragments())
        {
            if (parts.Count < 2)
            {
                continue;
            }

            var id = int.TryParse(parts[0].Table.Id, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
            var tried = context.Repairs.LooseTables.Contains(id) ? new Wording("; de tabel is op een nieuwe pagina begonnen en met ruimere rijen gezet, en een rij staat nog steeds alleen", "; it was started on a new page and set with looser rows, and a row is still alone")
                : context.Repairs.Tables.Contains(id) ? new Wording("; de tabel is op een nieuwe pagina begonnen, en een rij staat nog steeds alleen", "; it was started on a new page, and a row is still alone")
                : new Wording(string.Empty, string.Empty);
            foreach (var (page, fragment) in parts.Where(p => p.Table.BodyRows < MinimumRows))
            {
                diagnostics.Report(DiagnosticCodes.TableRowsSplit, context.PositionOf(fragment.Src),
                    $"een tabel loopt over pagina {parts[0].Page.Number}–{parts[^1].Page.Number} en houdt {fragment.BodyRows} rij(en) op pagina {page.Number}; aan elke kant van een pagina-einde moeten er minstens {MinimumRows} blijven{tried.Nl}; voeg een rij toe of verwijder er een, of splits de tabel in tweeën met een zin ertussen",
                    $"a table breaks across pages {parts[0].Page.Number}–{parts[^1].Page.Number} and keeps {fragment.BodyRows} body row(s) on page {page.Number}; at least {MinimumRows} must stay on each side of a break{tried.En}; add or remove a row, or split the table in two with a sentence between");
            }
        }
    }
}
