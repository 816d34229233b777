namespace InfoBladPublisher.Layout;

/// <summary>Where everything landed on the laid-out pages of one document, as read back from the PDF (<see cref="PdfLayout"/>; CSS px).</summary>
internal sealed record LayoutFacts(IReadOnlyList<PageFacts> Pages)
{
    /// <summary>Each table by its id, with its fragments in page order (one when it does not break).</summary>
    public IEnumerable<IReadOnlyList<(PageFacts Page, TableFacts Table)>> TableFragments() =>
        Pages.SelectMany(page => page.Tables.Select(table => (Page: page, Table: table)))
            .GroupBy(f => f.Table.Id, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<(PageFacts, TableFacts)>)g.ToList());

    /// <summary>Headings that are the last text of a page before another page (the layout gate's IBP075).</summary>
    public IEnumerable<(PageFacts Page, BlockFacts Heading)> HeadingsLastOnPage() =>
        Pages.Take(Pages.Count - 1)
            .Select(page => (Page: page, Last: page.Blocks.LastOrDefault(b => b.Region == "tekst")))
            .Where(x => x.Last is { Heading: true })
            .Select(x => (x.Page, x.Last!));

    /// <summary>Each note by its id, with the first page whose foot it stands at (a long note may go on).</summary>
    public IReadOnlyDictionary<string, (PageFacts Page, NoteFacts Note)> NoteStarts()
    {
        var starts = new Dictionary<string, (PageFacts Page, NoteFacts Note)>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            foreach (var note in page.Footnotes.Where(n => n.AtFoot))
            {
                starts.TryAdd(note.Id, (page, note));
            }
        }

        return starts;
    }
}

internal sealed record Box(double X, double Y, double W, double H)
{
    public double Right => X + W;

    public double Bottom => Y + H;

    /// <summary>Half a CSS pixel of slack: the engine rounds positions to its layout unit.</summary>
    public bool Contains(Box inner, double slack = 0.5) =>
        inner.X >= X - slack && inner.Y >= Y - slack && inner.Right <= Right + slack && inner.Bottom <= Bottom + slack;

    /// <summary>Whether the two share more than <paramref name="slack"/> px in both directions.</summary>
    public bool Overlaps(Box other, double slack = 0.5) =>
        other.X < Right - slack && other.Right > X + slack && other.Y < Bottom - slack && other.Bottom > Y + slack;
}

/// <param name="Area">The page area: the body column and, at its foot, the notes.</param>
/// <param name="Notes">The note area at the foot of the page, if the page has notes.</param>
internal sealed record PageFacts(
    int Index, double Width, double Height, Box? Area, Box? Notes, bool ForcedBreakBefore,
    IReadOnlyList<BlockFacts> Blocks, IReadOnlyList<TableFacts> Tables, IReadOnlyList<CallFacts> Calls,
    IReadOnlyList<NoteFacts> Footnotes, IReadOnlyList<MarginFacts> Margins)
{
    public int Number => Index + 1;

    public Box Sheet => new(0, 0, Width, Height);

    /// <summary>The Woo bars on the page, each by the ground it shows.</summary>
    public IReadOnlyList<RedactionFacts> Redactions { get; init; } = [];

    /// <summary>The furniture the layout declares on this page (letterhead, lint, woordmerk, running colofon).</summary>
    public IReadOnlyList<FurnitureFacts> Furniture { get; init; } = [];
}

/// <param name="Ground">The ground code, the bar's only text.</param>
internal sealed record RedactionFacts(string Ground, string Region);

/// <param name="Region">tekst (the body flow), noot (the note area), marge (a margin box) or vrij (placed by the template, such as the letterhead).</param>
/// <param name="Src">"line:col" in tekst.md, or null for what the template wrote.</param>
internal sealed record BlockFacts(string Kind, string Region, string Tag, string? Src, bool Heading, string Text, Box Box)
{
    public bool IsImage => Kind == "beeld";
}

/// <param name="Id">The same for every fragment of one table.</param>
internal sealed record TableFacts(string Id, string? Src, int BodyRows);

/// <param name="Owner">The note this call belongs to (the note's <see cref="NoteFacts.Id"/>).</param>
/// <param name="Src">The block (paragraph, list item) the call stands in.</param>
/// <param name="WordsBeforeLine">Negative when the call does not stand on the line of the word before it (read from the PDF).</param>
internal sealed record CallFacts(string Owner, string Label, string? Src, int WordsBeforeLine);

/// <param name="AtFoot">False when the engine left the note in the text instead of moving it to the foot.</param>
internal sealed record NoteFacts(string Id, int Number, string Marker, bool AtFoot, string? Src);

internal sealed record MarginFacts(string Name, string Text, Box Box);
