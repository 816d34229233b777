using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace InfoBladPublisher.Layout;

/// <summary>
/// Where everything landed, read from the PDF itself: the structure tree says what each piece of text is
/// (heading, paragraph, note, note call, table row, figure), its marked content where it is drawn; page
/// furniture (running colofon, page numbers) is what the PDF marks as artifacts. The gate judges these facts
/// against the column the layout declares, so it holds the engine to the page from the outside.
/// </summary>
internal static class PdfLayout
{
    private const double PxPerPt = 96.0 / 72.0;


    private sealed class Walk(PdfDocument pdf, Dictionary<long, int> pages, IReadOnlyDictionary<(int Page, int Mcid), MarkedText> pieces, Dictionary<int, double> heights)
    {
        public readonly List<(int Page, BlockFacts Block)> Blocks = [];
        public readonly List<(int Page, CallFacts Call)> Calls = [];
        public readonly List<(int Page, NoteFacts Note, PdfRectangle Box)> Notes = [];
        public readonly List<(int Page, string Table, string? Src, int Rows)> Rows = [];
        public readonly List<(int Page, string Ground, string Region)> Bars = [];
        public int Tables;
        public string? TableSrc;
        public int Headings;

        public PdfDocument Pdf => pdf;

        public Dictionary<long, int> Pages => pages;

        public IReadOnlyDictionary<(int Page, int Mcid), MarkedText> Pieces => pieces;

        private Dictionary<int, List<MarkedText>>? _byPage;

        /// <summary>The marked text on a page, to find what stands beside a note's call.</summary>
        public List<MarkedText> TextOn(int page)
        {
            _byPage ??= pieces.GroupBy(p => p.Key.Page).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList());
            return _byPage.TryGetValue(page, out var list) ? list : [];
        }

        /// <summary>Each page's height (pt), read once: asking PdfPig for a page parses it again.</summary>
        public double HeightOf(int page) => heights[page];
    }

    /// <param name="column">The body column the layout declares, in pt from the page's left and top edges, or null.</param>
    /// <param name="sources">Where the body's headings, tables, notes and paragraphs stand in tekst.md.</param>
    /// <param name="endedPages">Pages the layout ended early on request: the next page starts with a forced break.</param>
    /// <param name="declared">The page furniture the layout declares (in pt), or none.</param>
    public static LayoutFacts Read(PdfDocument pdf, PdfPages read, PageColumn? column, PrintSources sources, IReadOnlyList<int> endedPages, IReadOnlyList<FurnitureArea>? declared = null)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var pages = TaggedPdf.PageObjects(pdf, catalog);
        var sizes = read.Sizes;
        var furniture = read.Furniture;
        var walk = new Walk(pdf, pages, read.Marked, sizes.ToDictionary(s => s.Key, s => s.Value.Height));
        if (TaggedPdf.Resolve(pdf, catalog.Data.GetValueOrDefault("StructTreeRoot")) is DictionaryToken root)
        {
            Visit(walk, root.Data.GetValueOrDefault("K"), 0, sources);
        }

        // A note the source has but the PDF's tags do not show as a note: its call is printed on no page.
        foreach (var (number, src) in sources.Notes.Where(n => !walk.Calls.Any(c => c.Call.Label == n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            var label = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            walk.Calls.Add((1, new CallFacts("ontbreekt-" + label, label, src, 0)));
        }

        var result = new List<PageFacts>();
        foreach (var (n, size) in sizes.OrderBy(s => s.Key))
        {
            var width = size.Width * PxPerPt;
            var height = size.Height * PxPerPt;
            Box? area = column is null ? null : new Box(column.X * PxPerPt, column.Top * PxPerPt, column.Width * PxPerPt, height - ((column.Top + column.Bottom) * PxPerPt));
            var notes = walk.Notes.Where(x => x.Page == n).ToList();
            var blocks = walk.Blocks.Where(b => b.Page == n).Select(b => Placed(b.Block, area)).ToList();
            var noteBox = notes.Count == 0 ? null : ToBox(PdfPages.Union(notes.Select(x => x.Box)), size.Height);
            result.Add(new PageFacts(
                n - 1, width, height, area, noteBox, endedPages.Contains(n - 1),
                blocks,
                walk.Rows.Where(r => r.Page == n).GroupBy(r => (r.Table, r.Src)).Select(g => new TableFacts(g.Key.Table, g.Key.Src, g.Sum(r => r.Rows))).ToList(),
                walk.Calls.Where(c => c.Page == n).Select(c => c.Call).ToList(),
                notes.Select(x => x.Note).ToList(),
                Lines(furniture.GetValueOrDefault(n) ?? [], size.Height))
            {
                Redactions = walk.Bars.Where(b => b.Page == n).Select(b => new RedactionFacts(b.Ground, b.Region)).ToList(),
                Furniture = (declared ?? []).Where(f => f.IsOn(n - 1))
                    .Select(f => new FurnitureFacts(f.Name, f.Holds, new Box(f.X * PxPerPt, f.Y * PxPerPt, f.Width * PxPerPt, f.Height * PxPerPt))).ToList(),
            });
        }

        return new LayoutFacts(result);
    }

    /// <summary>
    /// What the layout places beside the column (the colofon in its own column) or above it (the letterhead's
    /// woordmerk) is held to the printable sheet; body text never starts there, and is held to the column.
    /// </summary>
    private static BlockFacts Placed(BlockFacts block, Box? column) =>
        column is not null && block.Region == "tekst" && (block.Box.X >= column.Right - 1 || block.Box.Y < column.Y - 1)
            ? block with { Region = "vrij" }
            : block;

    private static void Visit(Walk walk, IToken? token, int page, PrintSources sources)
    {
        switch (TaggedPdf.Resolve(walk.Pdf, token))
        {
            case ArrayToken array:
                var kids = array.Data.Select(k => TaggedPdf.Resolve(walk.Pdf, k)).ToList();
                for (var i = 0; i < kids.Count; i++)
                {
                    // A note call is the Lbl just before its Note.
                    if (i > 0 && IsCall(walk, kids, i - 1))
                    {
                        AddNote(walk, (DictionaryToken)kids[i]!, (DictionaryToken)kids[i - 1]!, page, sources);
                        continue;
                    }

                    if (IsCall(walk, kids, i))
                    {
                        continue; // handled with its note
                    }

                    Visit(walk, kids[i], page, sources);
                }

                break;
            case DictionaryToken dict when dict.Data.ContainsKey("S"):
                var here = TaggedPdf.PageOf(walk.Pdf, dict, walk.Pages) ?? page;
                var type = TypeOf(walk, dict);
                switch (type)
                {
                    case "P" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "Caption":
                    case "LBody" or "TD" or "TH" when !HasBlocks(walk, dict):
                        AddBlock(walk, dict, type, here, sources);
                        break;
                    case "Figure":
                        AddFigure(walk, dict, here);
                        break;
                    case "Table":
                        // The pieces of a table a repair broke at a row are tagged as tables of their own: one id for all.
                        var tagged = walk.Tables++;
                        var id = sources.TableOf(tagged).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        walk.TableSrc = sources.Table(tagged);
                        foreach (var (rowPage, rows) in BodyRows(walk, dict, here))
                        {
                            walk.Rows.Add((rowPage, id, walk.TableSrc, rows));
                        }

                        Visit(walk, dict.Data.GetValueOrDefault("K"), here, sources);
                        walk.TableSrc = null;
                        break;
                    case var _ when HasOwnText(walk, dict):
                        // Typst tags a block of text that is not a paragraph (a layout's block(), a Woo bar's
                        // block, a metadata line) as a Span; its text is a block on the page all the same.
                        AddBlock(walk, dict, type, here, sources);
                        break;
                    default:
                        Visit(walk, dict.Data.GetValueOrDefault("K"), here, sources);
                        break;
                }

                break;
        }
    }

    private static void AddBlock(Walk walk, DictionaryToken dict, string type, int page, PrintSources sources)
    {
        // A paragraph with a note in it: its own text is a block, its notes are notes.
        Visit(walk, NotesOnly(walk, dict), page, sources);
        foreach (var (onPage, text, box) in TextByPage(walk, dict, page, skipNotes: true))
        {
            var heading = type.Length == 2 && type[0] == 'H';
            var src = heading ? sources.Heading(walk.Headings) : type is "TD" or "TH" ? walk.TableSrc : sources.Paragraph(text) ?? walk.TableSrc;
            walk.Blocks.Add((onPage, new BlockFacts("tekst", "tekst", type, src, heading, text.Trim(), ToBox(box, walk.HeightOf(onPage)))));
            foreach (var ground in BarsIn(text, sources))
            {
                walk.Bars.Add((onPage, ground, "tekst"));
            }
        }

        if (type.Length == 2 && type[0] == 'H' && type != "H1")
        {
            walk.Headings++;
        }
    }

    private static void AddFigure(Walk walk, DictionaryToken dict, int page)
    {
        var attributes = TaggedPdf.Resolve(walk.Pdf, dict.Data.GetValueOrDefault("A"));
        var boxes = (attributes is ArrayToken list ? list.Data : attributes is null ? [] : [attributes])
            .Select(a => TaggedPdf.Resolve(walk.Pdf, a)).OfType<DictionaryToken>()
            .Select(a => TaggedPdf.Resolve(walk.Pdf, a.Data.GetValueOrDefault("BBox"))).OfType<ArrayToken>()
            .Where(b => b.Data.Count == 4).ToList();
        if (boxes.Count > 0)
        {
            var v = boxes[0].Data.Select(t => ((NumericToken)TaggedPdf.Resolve(walk.Pdf, t)!).Double).ToArray();
            walk.Blocks.Add((page, new BlockFacts("beeld", "tekst", "Figure", null, false, string.Empty,
                ToBox(new PdfRectangle(v[0], v[1], v[2], v[3]), walk.HeightOf(page)))));
        }
    }

    private static void AddNote(Walk walk, DictionaryToken note, DictionaryToken call, int page, PrintSources sources)
    {
        var callPieces = PiecesOf(walk, call, page).ToList();
        if (callPieces.Count == 0)
        {
            return;
        }

        var (callPage, callPiece) = callPieces[0];
        var label = callPiece.Text.Trim();
        int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number);
        var src = sources.Note(number);
        var noteText = PiecesOf(walk, note, page).ToList();
        var marker = noteText.FirstOrDefault().Piece?.Text.Trim() ?? string.Empty;
        // The call belongs on the line of the word it follows: a break between them is a fault. The text before a
        // call is marked apart from the call, so some piece of text ends right where the call starts, on its line
        // (a call is raised by about a third of the text size; lines are at least 9 pt apart). Where none does, the
        // call opens a line or a page. (The tag tree does not say which text a call follows: Typst lists a
        // paragraph's calls and notes after its text.)
        var words = walk.TextOn(callPage).Any(p => p != callPiece && Math.Abs(p.Last.Bottom - callPiece.First.Bottom) < 5
            && p.Last.Right <= callPiece.First.Left + 1 && p.Last.Right >= callPiece.First.Left - 3) ? 0 : -1;

        walk.Calls.Add((callPage, new CallFacts(label, label, src, words)));
        if (noteText.Count > 0)
        {
            var notePage = noteText[0].Page;
            var box = PdfPages.Union(noteText.Where(p => p.Page == notePage).Select(p => p.Piece.Box));
            walk.Notes.Add((notePage, new NoteFacts(label, number, marker, true, src), box));
            foreach (var (onPage, text, textBox) in TextByPage(walk, note, page, skipNotes: false))
            {
                walk.Blocks.Add((onPage, new BlockFacts("tekst", "noot", "Note", src, false, text.Trim(), ToBox(textBox, walk.HeightOf(onPage)))));
                foreach (var ground in BarsIn(text, sources))
                {
                    walk.Bars.Add((onPage, ground, "noot"));
                }
            }
        }
    }

    /// <summary>The element's own text, page by page, leaving out its notes (and their calls) when asked.</summary>
    private static IEnumerable<(int Page, string Text, PdfRectangle Box)> TextByPage(Walk walk, DictionaryToken dict, int page, bool skipNotes) =>
        PiecesOf(walk, dict, page, skipNotes)
            .GroupBy(p => p.Page)
            .Select(g => (g.Key, PdfPages.Join(g.Select(p => p.Piece)), PdfPages.Union(g.Select(p => p.Piece.Box))));


    /// <summary>The element's marked content in tree order, with the page each stands on.</summary>
    private static IEnumerable<(int Page, MarkedText Piece)> PiecesOf(Walk walk, IToken? token, int page, bool skipNotes = false)
    {
        switch (TaggedPdf.Resolve(walk.Pdf, token))
        {
            case ArrayToken array:
                var kids = array.Data.Select(k => TaggedPdf.Resolve(walk.Pdf, k)).ToList();
                for (var i = 0; i < kids.Count; i++)
                {
                    if (skipNotes && (IsNote(walk, kids[i]) || IsCall(walk, kids, i)))
                    {
                        continue;
                    }

                    foreach (var piece in PiecesOf(walk, kids[i], page, skipNotes))
                    {
                        yield return piece;
                    }
                }

                break;
            case NumericToken mcid when walk.Pieces.TryGetValue((page, mcid.Int), out var piece):
                yield return (page, piece);
                break;
            case DictionaryToken dict when dict.Data.ContainsKey("S"):
                foreach (var piece in PiecesOf(walk, dict.Data.GetValueOrDefault("K"), TaggedPdf.PageOf(walk.Pdf, dict, walk.Pages) ?? page, skipNotes))
                {
                    yield return piece;
                }

                break;
            case DictionaryToken mcr when mcr.Data.TryGetValue("MCID", out var id) && TaggedPdf.Resolve(walk.Pdf, id) is NumericToken number:
                var on = TaggedPdf.PageOf(walk.Pdf, mcr, walk.Pages) ?? page;
                if (walk.Pieces.TryGetValue((on, number.Int), out var found))
                {
                    yield return (on, found);
                }

                break;
        }
    }

    /// <summary>Only the notes inside a paragraph (each with its call), so they are visited as notes.</summary>
    private static ArrayToken? NotesOnly(Walk walk, DictionaryToken dict)
    {
        if (TaggedPdf.Resolve(walk.Pdf, dict.Data.GetValueOrDefault("K")) is not ArrayToken array)
        {
            return null;
        }

        var kids = array.Data.Select(k => TaggedPdf.Resolve(walk.Pdf, k)).ToList();
        return new ArrayToken(array.Data.Where((_, i) => IsNote(walk, kids[i]) || IsCall(walk, kids, i)).ToList());
    }

    private static bool IsNote(Walk walk, IToken? token) => token is DictionaryToken d && TypeOf(walk, d) == "Note";

    /// <summary>A note's call: the Lbl Typst tags right before its Note.</summary>
    private static bool IsCall(Walk walk, List<IToken?> kids, int i) =>
        kids[i] is DictionaryToken d && TypeOf(walk, d) == "Lbl" && i + 1 < kids.Count && IsNote(walk, kids[i + 1]);

    private static IEnumerable<(int Page, int Rows)> BodyRows(Walk walk, DictionaryToken table, int page)
    {
        var rows = new List<int>();
        void Find(IToken? token, int onPage, bool inBody)
        {
            switch (TaggedPdf.Resolve(walk.Pdf, token))
            {
                case ArrayToken array:
                    foreach (var kid in array.Data)
                    {
                        Find(kid, onPage, inBody);
                    }

                    break;
                case DictionaryToken dict when dict.Data.ContainsKey("S"):
                    var type = TypeOf(walk, dict);
                    var here = TaggedPdf.PageOf(walk.Pdf, dict, walk.Pages) ?? onPage;
                    if (type == "TR" && inBody)
                    {
                        var first = PiecesOf(walk, dict, here).Select(p => p.Page).DefaultIfEmpty(here).First();
                        rows.Add(first);
                        return;
                    }

                    if (type is "THead" or "TFoot")
                    {
                        return;
                    }

                    Find(dict.Data.GetValueOrDefault("K"), here, inBody || type == "TBody");
                    break;
            }
        }

        Find(table.Data.GetValueOrDefault("K"), page, false);
        return rows.GroupBy(p => p).Select(g => (g.Key, g.Count()));
    }

    /// <summary>Page furniture as lines of text: letters on one baseline, a space where they stand apart.</summary>
    private static List<MarginFacts> Lines(List<Letter> letters, double pageHeight)
    {
        var lines = new List<MarginFacts>();
        foreach (var line in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key))
        {
            var sorted = line.OrderBy(l => l.StartBaseLine.X).ToList();
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < sorted.Count; i++)
            {
                if (i > 0 && sorted[i].StartBaseLine.X - sorted[i - 1].EndBaseLine.X > sorted[i].PointSize * 0.15)
                {
                    text.Append(' ');
                }

                text.Append(sorted[i].Value);
            }

            lines.Add(new MarginFacts("voet", text.ToString(), ToBox(PdfPages.Union(sorted.Select(l => l.BoundingBox)), pageHeight)));
        }

        return lines;
    }

    /// <summary>Each Woo ground shown in the text, once per bar (a bar's only text is its ground).</summary>
    /// (One pattern for every ground, made once: a pattern per ground per block, built anew, was most of the time
    /// the gate spent reading a long document.)
    private static IEnumerable<string> BarsIn(string text, PrintSources sources) =>
        sources.Grounds.Count == 0 ? [] : GroundPattern(sources.Grounds).Matches(text).Select(m => m.Groups[1].Value);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.RegularExpressions.Regex> GroundPatterns = new(StringComparer.Ordinal);

    private static System.Text.RegularExpressions.Regex GroundPattern(IReadOnlyCollection<string> grounds) =>
        GroundPatterns.GetOrAdd(string.Join('\n', grounds), _ => new System.Text.RegularExpressions.Regex(
            "(?<![0-9a-z.])(" + string.Join('|', grounds.OrderByDescending(g => g.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + ")(?![0-9a-z])",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant));

    /// <summary>Whether the element holds marked content itself, not only other elements.</summary>
    private static bool HasOwnText(Walk walk, DictionaryToken dict)
    {
        var kids = TaggedPdf.Resolve(walk.Pdf, dict.Data.GetValueOrDefault("K"));
        return (kids is ArrayToken array ? array.Data : kids is null ? [] : [kids])
            .Select(k => TaggedPdf.Resolve(walk.Pdf, k))
            .Any(k => k is NumericToken || (k is DictionaryToken d && d.Data.ContainsKey("MCID")));
    }

    /// <summary>Whether a list item's body or a cell holds paragraphs (or lists) of its own, which are the blocks then.</summary>
    private static bool HasBlocks(Walk walk, DictionaryToken dict)
    {
        var kids = TaggedPdf.Resolve(walk.Pdf, dict.Data.GetValueOrDefault("K"));
        return (kids is ArrayToken array ? array.Data : kids is null ? [] : [kids])
            .Select(k => TaggedPdf.Resolve(walk.Pdf, k)).OfType<DictionaryToken>()
            .Any(d => TypeOf(walk, d) is "P" or "L" or "Table" or "Div" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6");
    }

    private static string TypeOf(Walk walk, DictionaryToken dict) => (TaggedPdf.Resolve(walk.Pdf, dict.Data.GetValueOrDefault("S")) as NameToken)?.Data ?? "?";

    /// <summary>PDF points from the bottom left to CSS px from the top left, as the rules measure.</summary>
    private static Box ToBox(PdfRectangle r, double pageHeight) =>
        new(r.Left * PxPerPt, (pageHeight - r.Top) * PxPerPt, r.Width * PxPerPt, r.Height * PxPerPt);
}

/// <summary>The body column a layout declares (<c>#metadata(…) &lt;kolom&gt;</c>), in pt.</summary>
internal sealed record PageColumn(double X, double Width, double Top, double Bottom);
