using System.Globalization;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Pipeline;

/// <summary>One document finished its PDF: for a progress bar in a terminal, or a plain line in a log.</summary>
/// <param name="Pages">Null when the PDF could not be made.</param>
public sealed record DocumentDone(int Done, int Total, string DocumentId, int? Pages, TimeSpan Elapsed)
{
    /// <summary>Unchanged since a cached run: not rendered.</summary>
    public bool FromCache { get; init; }

    /// <summary>
    /// The plain line in both languages: <c>[3/16] id: 5 pagina's, 2,9 s</c> and <c>[3/16] id: 5 pages, 2.9 s</c>.
    /// The English is read by the benchmark and the tests, so it keeps "pages" also for one.
    /// </summary>
    public Wording Line
    {
        get
        {
            var head = string.Create(CultureInfo.InvariantCulture, $"[{Done}/{Total}] {DocumentId}: ");
            if (Pages is not { } pages)
            {
                return new(head + "mislukt", head + "failed");
            }

            var seconds = DutchNumber.SecondsWorded(Elapsed);
            var nl = CountedNoun.Pages.Of(pages).Nl;
            var en = $"{pages.ToString(CultureInfo.InvariantCulture)} pages";
            return FromCache
                ? new($"{head}{nl}, ongewijzigd (cache)", $"{head}{en}, unchanged (cache)")
                : new($"{head}{nl}, {seconds.Nl} s", $"{head}{en}, {seconds.En} s");
        }
    }
}
