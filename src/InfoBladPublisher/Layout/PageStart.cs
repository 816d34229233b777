namespace InfoBladPublisher.Layout;

/// <summary>
/// What the engine lays a page out from: its place (the first page, left or right), the first text of the body
/// flow on it, and the first note at its foot (a note carried over from the page before takes room first). Two
/// layouts with a page that starts the same way lay that page out the same, up to the first difference in
/// the print HTML.
/// </summary>
internal sealed record PageStart(bool First, int Parity, string? Src, string Text, string? FirstNote)
{
    public static PageStart Of(PageFacts page)
    {
        var text = page.Blocks.FirstOrDefault(b => b.Region == "tekst");
        return new PageStart(page.Index == 0, page.Index % 2, text?.Src, text?.Text ?? "", page.Footnotes.FirstOrDefault(n => n.AtFoot)?.Id);
    }
}
