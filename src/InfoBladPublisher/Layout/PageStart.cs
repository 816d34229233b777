namespace InfoBladPublisher.Layout;

/// <summary>
/// What the engine lays a page out from: its place (the first page, left or right), the first text of the body
/// flow on it, and the first note at its foot (a note carried over from the page before takes room first). Two
/// layouts with a page that starts the same way lay that page out the same, up to the first difference in
/// the print HTML.
/// </summary>
internal sealed record PageStart(bool First, int Parity, string? Src, string Text, string? FirstNote)
{
    /// <summary>Characters of opening text that tell pages apart: past a table's header row, and short of the page's end.</summary>
    private const int OpeningLength = 160;

    public static PageStart Of(PageFacts page)
    {
        // The first block alone cannot tell two pages of one table apart: its header row is repeated at the top
        // of each (a nota of the 100-document benchmark kept a fix whose row had moved). So the page's opening
        // text is read across blocks, far enough to reach past a header row.
        var blocks = page.Blocks.Where(b => b.Region == "tekst").ToList();
        var text = blocks.FirstOrDefault();
        var opening = new System.Text.StringBuilder();
        foreach (var block in blocks.TakeWhile(_ => opening.Length < OpeningLength))
        {
            opening.Append(block.Text).Append('|');
        }

        // Only a note carried over (called on an earlier page) is what the page starts from; a note called on
        // the page follows from its text, and moving that text (the fix itself) may move the note.
        var first = page.Footnotes.FirstOrDefault(n => n.AtFoot);
        var carried = first is not null && !page.Calls.Any(c => c.Owner == first.Id) ? first.Id : null;
        return new PageStart(page.Index == 0, page.Index % 2, text?.Src, opening.ToString(), carried);
    }
}
