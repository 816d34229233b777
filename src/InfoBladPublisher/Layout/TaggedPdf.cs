using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace InfoBladPublisher.Layout;

/// <summary>One element of the PDF's structure tree, in reading (tree) order.</summary>
/// <param name="Page">1-based, from the element's /Pg or its nearest ancestor's; 0 when none says.</param>
/// <param name="Text">The text of its marked content, for messages (cut short).</param>
internal sealed record StructNode(string Type, int Depth, string? ParentType, string? Alt, int Page, IReadOnlyList<string> ChildTypes, string Text);

/// <summary>A font a page's resources name, and whether its glyphs are in the file.</summary>
internal sealed record FontEmbedding(string Name, int Page, bool Embedded);

/// <summary>A piece of marked content: its place in the tree's reading order on its page, and where it is drawn (CSS px).</summary>
internal sealed record ReadingPiece(int Page, int Order, string Text, double X, double Y);

/// <summary>
/// What a reader's software gets from the PDF besides its looks: the catalog's marks, the structure tree, the
/// fonts, and the order the tree reads the page in. Read with PdfPig from the bytes the engine wrote.
/// </summary>
internal sealed record TaggedPdf(
    bool Marked, string? Lang, bool DisplayDocTitle, string? Title,
    IReadOnlyList<StructNode> Elements, IReadOnlyList<FontEmbedding> Fonts, IReadOnlyList<ReadingPiece> Reading)
{
    private const double PxPerPt = 96.0 / 72.0;

    private static readonly string[] FontFiles = ["FontFile", "FontFile2", "FontFile3"];

    public static TaggedPdf Read(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return Read(pdf, PdfPages.Read(pdf));
    }

    /// <summary>From a document the caller opened and read once (the gate reads its facts and fonts from the same reading).</summary>
    public static TaggedPdf Read(PdfDocument pdf, PdfPages read)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var pageNumbers = PageObjects(pdf, catalog);
        var pieces = read.Marked.ToDictionary(
            m => m.Key,
            m => (m.Value.Ink, m.Value.Middle.X * PxPerPt, (read.Sizes[m.Key.Page].Height - m.Value.Middle.Y) * PxPerPt));
        var fonts = read.Embedding;

        var elements = new List<StructNode>();
        var reading = new List<ReadingPiece>();
        if (Resolve(pdf, catalog.Data.GetValueOrDefault("StructTreeRoot")) is DictionaryToken root)
        {
            Walk(pdf, root.Data.GetValueOrDefault("K"), 0, null, 0, pageNumbers, pieces, elements, reading);
        }

        var viewer = Resolve(pdf, catalog.Data.GetValueOrDefault("ViewerPreferences")) as DictionaryToken;
        var mark = Resolve(pdf, catalog.Data.GetValueOrDefault("MarkInfo")) as DictionaryToken;
        return new TaggedPdf(
            Resolve(pdf, mark?.Data.GetValueOrDefault("Marked")) is BooleanToken { Data: true },
            TextOf(Resolve(pdf, catalog.Data.GetValueOrDefault("Lang"))),
            Resolve(pdf, viewer?.Data.GetValueOrDefault("DisplayDocTitle")) is BooleanToken { Data: true },
            pdf.Information.Title,
            elements, fonts, reading);
    }

    /// <returns>The text under the element, so a parent can show what it holds.</returns>
    private static string Walk(PdfDocument pdf, IToken? token, int depth, string? parent, int page, Dictionary<long, int> pages,
        Dictionary<(int, int), (string Text, double X, double Y)> pieces, List<StructNode> elements, List<ReadingPiece> reading)
    {
        switch (token is IndirectReferenceToken ? Resolve(pdf, token) : token)
        {
            case ArrayToken array:
                return string.Concat(array.Data.Select(k => Walk(pdf, k, depth, parent, page, pages, pieces, elements, reading)));
            case NumericToken mcid:
                return Piece(page, mcid.Int, pieces, reading);
            case DictionaryToken dict when dict.Data.ContainsKey("S"):
                var here = PageOf(pdf, dict, pages) ?? page;
                var type = (Resolve(pdf, dict.Data["S"]) as NameToken)?.Data ?? "?";
                var index = elements.Count;
                elements.Add(null!); // its place in tree order; filled in once its children are read
                var kids = Resolve(pdf, dict.Data.GetValueOrDefault("K"));
                var text = Walk(pdf, kids, depth + 1, type, here, pages, pieces, elements, reading);
                var childTypes = (kids is ArrayToken a ? a.Data : kids is null ? [] : [kids])
                    .Select(k => Resolve(pdf, k)).OfType<DictionaryToken>()
                    .Select(d => (Resolve(pdf, d.Data.GetValueOrDefault("S")) as NameToken)?.Data).OfType<string>().ToList();
                var alt = TextOf(Resolve(pdf, dict.Data.GetValueOrDefault("Alt"))) ?? TextOf(Resolve(pdf, dict.Data.GetValueOrDefault("ActualText")));
                elements[index] = new StructNode(type, depth, parent, alt, here, childTypes, text.Length > 60 ? text[..60] + "…" : text);
                return text;
            case DictionaryToken mcr when mcr.Data.TryGetValue("MCID", out var id) && Resolve(pdf, id) is NumericToken number:
                return Piece(PageOf(pdf, mcr, pages) ?? page, number.Int, pieces, reading);
            default:
                return string.Empty; // an object reference (a link annotation): no text of its own
        }
    }

    private static string Piece(int page, int mcid, Dictionary<(int, int), (string Text, double X, double Y)> pieces, List<ReadingPiece> reading)
    {
        if (!pieces.TryGetValue((page, mcid), out var piece))
        {
            return string.Empty;
        }

        reading.Add(new ReadingPiece(page, reading.Count, piece.Text, piece.X, piece.Y));
        return piece.Text;
    }

    internal static int? PageOf(PdfDocument pdf, DictionaryToken dict, Dictionary<long, int> pages) =>
        dict.Data.GetValueOrDefault("Pg") is IndirectReferenceToken pg && pages.TryGetValue(pg.Data.ObjectNumber, out var n) ? n : null;

    /// <summary>Page object numbers to page numbers, from the page tree in order (the tree's /Pg entries point at these).</summary>
    internal static Dictionary<long, int> PageObjects(PdfDocument pdf, DictionaryToken catalog)
    {
        var numbers = new Dictionary<long, int>();
        void Visit(IToken? node)
        {
            if (node is IndirectReferenceToken reference && Resolve(pdf, node) is DictionaryToken dict)
            {
                if (Resolve(pdf, dict.Data.GetValueOrDefault("Kids")) is ArrayToken kids)
                {
                    foreach (var kid in kids.Data)
                    {
                        Visit(kid);
                    }
                }
                else
                {
                    numbers[reference.Data.ObjectNumber] = numbers.Count + 1;
                }
            }
        }

        Visit(catalog.Data.GetValueOrDefault("Pages"));
        return numbers;
    }

    internal static IEnumerable<FontEmbedding> FontsOf(PdfDocument pdf, Page page)
    {
        var resources = Resolve(pdf, page.Dictionary.Data.GetValueOrDefault("Resources")) as DictionaryToken;
        if (Resolve(pdf, resources?.Data.GetValueOrDefault("Font")) is not DictionaryToken fonts)
        {
            yield break;
        }

        foreach (var value in fonts.Data.Values)
        {
            if (Resolve(pdf, value) is not DictionaryToken font)
            {
                continue;
            }

            var subtype = (Resolve(pdf, font.Data.GetValueOrDefault("Subtype")) as NameToken)?.Data;
            var name = (Resolve(pdf, font.Data.GetValueOrDefault("BaseFont")) as NameToken)?.Data ?? "(unnamed)";
            // A Type 3 font's glyphs are drawings in the file itself; a composite font's live in its descendant.
            var described = subtype == "Type0" && Resolve(pdf, font.Data.GetValueOrDefault("DescendantFonts")) is ArrayToken { Data.Count: > 0 } descendants
                ? Resolve(pdf, descendants.Data[0]) as DictionaryToken
                : font;
            var descriptor = Resolve(pdf, described?.Data.GetValueOrDefault("FontDescriptor")) as DictionaryToken;
            var embedded = subtype == "Type3" || (descriptor is not null && FontFiles.Any(descriptor.Data.ContainsKey));
            yield return new FontEmbedding(name, page.Number, embedded);
        }
    }

    internal static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    private static string? TextOf(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };
}
