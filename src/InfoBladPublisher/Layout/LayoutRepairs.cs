namespace InfoBladPublisher.Layout;

/// <summary>
/// What the next layout of a document should do differently, read from the gate's facts of this one: start a
/// note's call line on a new page (Typst keeps only the first note of a line, and notes in list items, with
/// their call: typst/typst#5405, #2449, #5314), and start a table on a new page when a break left one row on
/// either side (Typst has no row orphan control). The gate judges the result as it judges any layout.
/// </summary>
/// <param name="Notes">
/// By note number: how many words before its call a new page starts. First the call's own word; when Typst
/// still sets the note a page early (its note "migrated" back, typst/typst#5314), a few words more each pass.
/// </param>
/// <param name="Tables">Table indexes (in body order) that start a new page.</param>
internal sealed record LayoutRepairs(IReadOnlyDictionary<int, int> Notes, IReadOnlySet<int> Tables)
{
    /// <summary>
    /// Table indexes set with looser rows: where a table still leaves one row alone after it was moved to a new
    /// page (a long table, whose last page holds one row), a little more height a row moves rows from every
    /// page it fills on to the next, as a typesetter loosens a paragraph to save a widow.
    /// </summary>
    public IReadOnlySet<int> LooseTables { get; init; } = new HashSet<int>();

    /// <summary>
    /// Headings (by their source position, line:col) that start a new page: where Typst moved the first line of
    /// the text under a heading to the next page for its note, and left the heading behind as the page's last line.
    /// </summary>
    public IReadOnlySet<string> Headings { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How many times a document is laid out at most; each layout costs 10–50 ms a page.</summary>
    public const int MaxPasses = 8;

    /// <summary>How many words further back each new try starts the page.</summary>
    public const int WordsPerTry = 6;

    public static LayoutRepairs None { get; } = new(new Dictionary<int, int>(), new HashSet<int>());

    public bool IsEmpty => Notes.Count == 0 && Tables.Count == 0 && LooseTables.Count == 0 && Headings.Count == 0;

    /// <summary>
    /// The repairs the engine's own report of its notes' places calls for beyond <paramref name="applied"/>, before
    /// any PDF is written or read: notes only (a layout that does not report its tables).
    /// </summary>
    public static LayoutRepairs Plan(IEnumerable<NotePlace> places, LayoutRepairs applied) =>
        new(NotesOffTheirPage(places.Where(p => !p.OnItsPage).Select(p => p.Number), applied), new HashSet<int>());

    /// <summary>
    /// The repairs the engine's report of its notes' and its table rows' places calls for, before any PDF is written:
    /// notes off their page and tables that leave a row alone, planned as <see cref="Plan(LayoutFacts, LayoutRepairs)"/>
    /// plans them from the PDF. Headings last on their page are seen only in the PDF.
    /// </summary>
    /// <param name="endedPages">Pages (1-based) the layout ended early on request: the next starts with a forced break.</param>
    public static LayoutRepairs Plan(IReadOnlyList<NotePlace> notes, IReadOnlyList<TableRowPlace> rows, IReadOnlyList<int> endedPages, PrintSources sources, LayoutRepairs applied)
    {
        var repairs = NotesOffTheirPage(notes.Where(p => !p.OnItsPage).Select(p => p.Number), applied);
        var (tables, loose) = TableRepairs(PiecesOf(rows, sources), page => endedPages.Contains(page), page => notes.Where(n => n.CallPage == page + 1).Select(n => n.Number), applied, repairs);
        return new LayoutRepairs(repairs, tables) { LooseTables = loose };
    }

    /// <summary>The repairs these facts call for beyond <paramref name="applied"/>: new ones, and notes tried again further back.</summary>
    public static LayoutRepairs Plan(LayoutFacts facts, LayoutRepairs applied)
    {
        var starts = facts.NoteStarts();
        var notes = NotesOffTheirPage(facts.Pages
            .SelectMany(page => page.Calls.Select(call => (page, call)))
            .Where(x => !starts.TryGetValue(x.call.Owner, out var start) || start.Page.Index != x.page.Index)
            .Select(x => NumberOf(x.call)), applied);
        var pages = facts.Pages.ToDictionary(p => p.Index);
        var (tables, loose) = TableRepairs(
            PiecesOf(facts),
            page => pages.TryGetValue(page, out var p) && p.ForcedBreakBefore,
            page => pages.TryGetValue(page, out var p) ? p.Calls.Select(NumberOf) : [],
            applied,
            notes);
        var headings = facts.HeadingsLastOnPage()
            .Select(x => x.Heading.Src)
            .OfType<string>()
            .Where(src => !applied.Headings.Contains(src))
            .ToHashSet(StringComparer.Ordinal);
        return new LayoutRepairs(notes, tables) { LooseTables = loose, Headings = headings };
    }

    /// <summary>
    /// The tables that leave a row alone at a break: first a new page before the table (a short table then stands
    /// whole, a long one breaks elsewhere); if it still leaves a row alone, looser rows. Each once: what is still
    /// broken after that is the gate's. One rule for both sources of the facts, the engine's and the PDF's.
    /// </summary>
    /// <param name="forcedBreakBefore">Whether the page (0-based) starts with a new page a repair asked for.</param>
    /// <param name="callsOn">The note numbers cited on the page (0-based).</param>
    private static (HashSet<int> Tables, HashSet<int> Loose) TableRepairs(
        IEnumerable<IReadOnlyList<TablePiece>> tables, Func<int, bool> forcedBreakBefore, Func<int, IEnumerable<int>> callsOn, LayoutRepairs applied, Dictionary<int, int> notes)
    {
        var broken = new List<int>();
        foreach (var pieces in tables.Where(f => f.Count > 1 && f.Any(x => x.BodyRows < Rules.TableRowsAcrossBreak.MinimumRows)))
        {
            if (!MovedBack(pieces, forcedBreakBefore, callsOn, applied, notes))
            {
                broken.Add(pieces[0].Table);
            }
        }

        return (broken.Where(t => !applied.Tables.Contains(t)).ToHashSet(),
            broken.Where(t => applied.Tables.Contains(t) && !applied.LooseTables.Contains(t)).ToHashSet());
    }

    /// <summary>
    /// Where a table's rows left alone on a page are followed by a new page the repairs started at a row (for a
    /// note in it), that new page starts as many rows further back: the lone rows go with the rows after them.
    /// </summary>
    /// <returns>Whether every lone piece of the table was mended so.</returns>
    private static bool MovedBack(IReadOnlyList<TablePiece> pieces, Func<int, bool> forcedBreakBefore, Func<int, IEnumerable<int>> callsOn, LayoutRepairs applied, Dictionary<int, int> notes)
    {
        var mended = true;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].BodyRows >= Rules.TableRowsAcrossBreak.MinimumRows)
            {
                continue;
            }

            var next = i + 1 < pieces.Count && pieces[i + 1].Page == pieces[i].Page + 1 ? pieces[i + 1].Page : (int?)null;
            var note = next is { } page && forcedBreakBefore(page)
                ? callsOn(page).FirstOrDefault(n => applied.Notes.ContainsKey(n))
                : 0;
            if (note == 0)
            {
                mended = false;
                continue;
            }

            notes[note] = applied.Notes[note] + (WordsPerTry * pieces[i].BodyRows);
        }

        return mended;
    }

    /// <summary>Each table's pieces, page by page, as the engine reports its rows.</summary>
    public static IEnumerable<IReadOnlyList<TablePiece>> PiecesOf(IEnumerable<TableRowPlace> rows, PrintSources sources) =>
        rows.GroupBy(r => r.TableSrc, StringComparer.Ordinal)
            .Select(t => (Table: sources.TableIndexOf(t.Key), Rows: t))
            .Where(t => t.Table is not null)
            .OrderBy(t => t.Table)
            .Select(t => (IReadOnlyList<TablePiece>)t.Rows.GroupBy(r => r.Page).OrderBy(p => p.Key)
                .Select(p => new TablePiece(t.Table!.Value, p.Key - 1, p.Count())).ToList());

    /// <summary>Each table's pieces, page by page, as the gate reads them from the PDF's tags.</summary>
    public static IEnumerable<IReadOnlyList<TablePiece>> PiecesOf(LayoutFacts facts) =>
        facts.TableFragments().Select(f => (IReadOnlyList<TablePiece>)f
            .Select(x => new TablePiece(int.Parse(x.Table.Id, System.Globalization.CultureInfo.InvariantCulture), x.Page.Index, x.Table.BodyRows)).ToList());

    /// <summary>The note number a call prints; 0 for a label that is none (the gate reports those).</summary>
    private static int NumberOf(CallFacts call) =>
        int.TryParse(call.Label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Each note off its page: a new page at its word the first time, a few words further back each time after.</summary>
    private static Dictionary<int, int> NotesOffTheirPage(IEnumerable<int> offTheirPage, LayoutRepairs applied) =>
        offTheirPage.Where(n => n > 0).Distinct()
            .ToDictionary(n => n, n => applied.Notes.TryGetValue(n, out var words) ? words + WordsPerTry : 0);

    /// <summary>These repairs and the new ones; a note tried again takes its new place.</summary>
    public LayoutRepairs With(LayoutRepairs more)
    {
        var notes = new Dictionary<int, int>(Notes);
        foreach (var (number, words) in more.Notes)
        {
            notes[number] = words;
        }

        return new(notes, Tables.Union(more.Tables).ToHashSet())
        {
            LooseTables = LooseTables.Union(more.LooseTables).ToHashSet(),
            Headings = Headings.Union(more.Headings).ToHashSet(StringComparer.Ordinal),
        };
    }
}
