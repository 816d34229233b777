using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace InfoBladPublisher.Layout;

/// <summary>A piece of marked content: its text, where its letters are set, and the middle letter's centre.</summary>
/// <param name="Text">Every letter, spaces too, as the content stream holds them.</param>
/// <param name="Ink">Its letters without white space.</param>
internal sealed record MarkedText(string Text, string Ink, PdfRectangle Box, PdfRectangle First, PdfRectangle Last, PdfPoint Middle);

/// <summary>
/// Every page of a PDF read once for the gate: PdfPig parses a page's content each time it is asked for it, so
/// the facts (<see cref="PdfLayout"/>), the tags (<see cref="TaggedPdf"/>) and the fonts (<see cref="PdfFonts"/>)
/// share this one reading instead of each walking the pages again.
/// </summary>
internal sealed class PdfPages
{
    private PdfPages(
        IReadOnlyDictionary<(int Page, int Mcid), MarkedText> marked, IReadOnlyDictionary<int, List<Letter>> furniture,
        IReadOnlyDictionary<int, (double Width, double Height)> sizes, IReadOnlyList<FontUse> fonts, IReadOnlyList<FontEmbedding> embedding)
    {
        Marked = marked;
        Furniture = furniture;
        Sizes = sizes;
        Fonts = fonts;
        Embedding = embedding;
    }

    /// <summary>Marked content with text, by page number and MCID.</summary>
    public IReadOnlyDictionary<(int Page, int Mcid), MarkedText> Marked { get; }

    /// <summary>By page number, the letters the PDF marks as artifacts: page furniture.</summary>
    public IReadOnlyDictionary<int, List<Letter>> Furniture { get; }

    /// <summary>Each page's size in points, by page number.</summary>
    public IReadOnlyDictionary<int, (double Width, double Height)> Sizes { get; }

    /// <summary>Each font the text uses, with where it is first used.</summary>
    public IReadOnlyList<FontUse> Fonts { get; }

    /// <summary>Each font a page's resources name, and whether its glyphs are in the file.</summary>
    public IReadOnlyList<FontEmbedding> Embedding { get; }

    public static PdfPages Read(PdfDocument pdf)
    {
        var marked = new Dictionary<(int, int), MarkedText>();
        var furniture = new Dictionary<int, List<Letter>>();
        var sizes = new Dictionary<int, (double, double)>();
        var fonts = new PdfFonts();
        var embedding = new List<FontEmbedding>();
        foreach (var page in pdf.GetPages())
        {
            sizes[page.Number] = (page.Width, page.Height);
            fonts.Add(page);
            embedding.AddRange(TaggedPdf.FontsOf(pdf, page));
            foreach (var content in Flatten(page.GetMarkedContents()))
            {
                var letters = content.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                if (letters.Count == 0)
                {
                    continue;
                }

                if (content.MarkedContentIdentifier >= 0)
                {
                    marked[(page.Number, content.MarkedContentIdentifier)] = new MarkedText(
                        string.Concat(content.Letters.Select(l => l.Value)), string.Concat(letters.Select(l => l.Value)),
                        Union(letters.Select(SetBox)), SetBox(letters[0]), SetBox(letters[^1]), letters[letters.Count / 2].BoundingBox.Centroid);
                }
                else if (content.Tag == "Artifact")
                {
                    (furniture.TryGetValue(page.Number, out var list) ? list : furniture[page.Number] = []).AddRange(letters);
                }
            }
        }

        return new PdfPages(marked, furniture, sizes, fonts.Uses(), embedding);
    }

    /// <summary>
    /// Where a letter is set: from its start to its advance along the baseline, from its descent to its cap
    /// height. Ink beyond that (an italic f's overhang, an ascender or accent on a page's first line) is type
    /// design, not text outside its column.
    /// </summary>
    private static PdfRectangle SetBox(Letter letter) =>
        new(Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X), letter.StartBaseLine.Y - (0.2 * letter.PointSize),
            Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X), letter.StartBaseLine.Y + (0.7 * letter.PointSize));

    /// <summary>
    /// The document's own text, page by page, in the order of its marked content: what a reader copies out of
    /// the PDF, without the page furniture (artifacts). Pieces on another line are joined by a line break.
    /// </summary>
    public string Text() =>
        string.Join('\n', Marked.OrderBy(m => m.Key.Page).ThenBy(m => m.Key.Mcid).GroupBy(m => m.Key.Page).Select(page => Join(page.Select(m => m.Value), '\n')));

    /// <summary>Pieces of text as one, a space where they stand apart (a heading's number and its words, two lines).</summary>
    /// <param name="newLine">What joins pieces on different lines.</param>
    public static string Join(IEnumerable<MarkedText> pieces, char newLine = ' ')
    {
        var text = new System.Text.StringBuilder();
        MarkedText? previous = null;
        foreach (var piece in pieces)
        {
            if (previous is not null && Math.Abs(piece.First.Bottom - previous.Last.Bottom) > previous.Last.Height)
            {
                text.Append(newLine);
            }
            else if (previous is not null && piece.First.Left - previous.Last.Right > 1)
            {
                text.Append(' ');
            }

            text.Append(piece.Text);
            previous = piece;
        }

        return text.ToString();
    }

    public static PdfRectangle Union(IEnumerable<PdfRectangle> boxes)
    {
        var list = boxes.ToList();
        return list.Count == 0 ? new PdfRectangle(0, 0, 0, 0)
            : new PdfRectangle(list.Min(b => b.Left), list.Min(b => b.Bottom), list.Max(b => b.Right), list.Max(b => b.Top));
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> contents) =>
        contents.SelectMany(c => new[] { c }.Concat(Flatten(c.Children)));
}
