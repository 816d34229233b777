using System.Globalization;
using System.Text.Json;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Redaction;
using InfoBladPublisher.Redaction;
using InfoBladPublisher.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>
/// Writes a parsed body as the block and inline tree that <c>templates/print/tekst.typ</c> lays out. Every
/// node is an object with a kind <c>k</c>; plain text is a JSON string. Blocks carry <c>src</c> ("line:col" in
/// tekst.md) for messages about them.
/// </summary>
internal sealed class PrintBody(Utf8JsonWriter json, ParsedBody body, PrintFiles files, Layout.PrintSources sources, Layout.LayoutRepairs repairs)
{
    /// <summary>A paragraph whose repair's new page was started before the heading above it.</summary>
    private ContainerInline? _pageStartedBefore;

    private readonly HashSet<int> _cited = [];
    private int _tables;
    private bool _inCell;

    public void WriteBlocks(ContainerBlock container)
    {
        json.WriteStartArray();
        foreach (var block in container)
        {
            WriteBlock(block);
        }

        json.WriteEndArray();
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                if (heading.Parent is { } parent && parent.IndexOf(heading) + 1 < parent.Count
                    && parent[parent.IndexOf(heading) + 1] is ParagraphBlock next && StartsOnNewPage(next.Inline))
                {
                    // A new page at the start of the paragraph under a heading would leave the heading last on its
                    // page: the page starts before the heading instead.
                    NewPage();
                    _pageStartedBefore = next.Inline;
                }
                else if (repairs.Headings.Contains(Src(heading)))
                {
                    NewPage(); // the gate found it the last line of its page
                }

                sources.AddHeading(Src(heading));
                Open("h", heading);
                json.WriteNumber("level", Math.Min(heading.Level + 1, 6));
                json.WriteString("num", body.Headings.For(heading));
                WriteContent(heading.Inline);
                json.WriteEndObject();
                break;
            case ParagraphBlock paragraph when BlockToken(paragraph) is { } token:
                WriteBlockToken(token);
                break;
            case ParagraphBlock paragraph:
                sources.AddParagraph(PlainText(paragraph.Inline), Src(paragraph));
                Open("p", paragraph);
                WriteContent(paragraph.Inline);
                json.WriteEndObject();
                break;
            case ListBlock list:
                Open("list", list);
                json.WriteBoolean("ordered", list.IsOrdered);
                json.WriteNumber("start", int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1);
                json.WriteStartArray("items");
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    WriteBlocks(item);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case QuoteBlock quote:
                Open("quote", quote);
                json.WritePropertyName("c");
                WriteBlocks(quote);
                json.WriteEndObject();
                break;
            case Table table:
                WriteTable(table);
                break;
            case DataBlock { Dataset: not null } data when data.Kind == DataBlockKind.Tabel:
                WriteDataTable(data);
                break;
            case DataBlock { Dataset: not null, Svg: not null } chart:
                WriteChart(chart);
                break;
            case CodeBlock code:
                Open("code", code);
                json.WriteString("v", string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString())));
                json.WriteEndObject();
                break;
            case ThematicBreakBlock rule:
                Open("hr", rule);
                json.WriteEndObject();
                break;
            case FootnoteDefinition or LinkReferenceDefinitionGroup or BlankLineBlock:
                break; // notes are written at their call; definitions print nothing
            case ContainerBlock other:
                foreach (var child in other)
                {
                    WriteBlock(child);
                }

                break;
        }
    }

    private void Open(string kind, Block block)
    {
        json.WriteStartObject();
        json.WriteString("k", kind);
        json.WriteString("src", Src(block));
    }

    private static string Src(MarkdownObject node) => string.Create(CultureInfo.InvariantCulture, $"{node.Line + 1}:{node.Column + 1}");

    /// <summary>A paragraph that is only a whole-block Woo token: the bar or the intern build's begin or end line.</summary>
    private static RedactionToken? BlockToken(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is RedactionToken { Kind: RedactionTokenKind.BlockBar or RedactionTokenKind.InternBlockStart or RedactionTokenKind.InternBlockEnd } token
        && paragraph.Inline.Skip(1).All(i => i is LiteralInline l && l.Content.IsEmptyOrWhitespace())
            ? token : null;

    private void WriteBlockToken(RedactionToken token)
    {
        json.WriteStartObject();
        json.WriteString("k", token.Kind switch
        {
            RedactionTokenKind.BlockBar => "blockbar",
            RedactionTokenKind.InternBlockStart => "internbegin",
            _ => "interneind",
        });
        WriteGround(json, token.Ground);
        json.WriteEndObject();
    }

    private void WriteTable(Table table)
    {
        sources.AddTable(Src(table));
        var loose = StartTable();
        json.WriteStartObject();
        json.WriteString("k", "table");
        json.WriteString("src", Src(table));
        json.WriteBoolean("los", loose);
        json.WriteStartArray("align");
        foreach (var column in table.ColumnDefinitions.Take(table.OfType<TableRow>().FirstOrDefault()?.Count ?? 0))
        {
            json.WriteStringValue(column.Alignment switch { TableColumnAlign.Right => "right", TableColumnAlign.Center => "center", _ => "left" });
        }

        json.WriteEndArray();
        var rows = table.OfType<TableRow>().ToList();
        IReadOnlyList<string> Texts(TableRow row) => row.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => CellText(p.Inline)))).ToList();
        WriteWidths(ColumnWidths.Of(rows.Where(r => r.IsHeader).Select(Texts), rows.Where(r => !r.IsHeader).Select(Texts), rows.FirstOrDefault()?.Count ?? 0));
        foreach (var (name, header) in new[] { ("head", true), ("rows", false) })
        {
            json.WriteStartArray(name);
            foreach (var row in table.OfType<TableRow>().Where(r => r.IsHeader == header))
            {
                json.WriteStartArray();
                foreach (var cell in row.OfType<TableCell>())
                {
                    json.WriteStartArray();
                    _inCell = true;
                    foreach (var paragraph in cell.OfType<ParagraphBlock>())
                    {
                        WriteInlines(paragraph.Inline);
                    }

                    _inCell = false;
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteDataTable(DataBlock block)
    {
        var dataset = block.Dataset!;
        sources.AddTable(Src(block));
        var loose = StartTable();
        Open("datatable", block);
        json.WriteBoolean("los", loose);
        WriteCaption(block, "Tabel");
        json.WriteStartArray("columns");
        foreach (var column in dataset.Columns)
        {
            json.WriteStartObject();
            json.WriteString("titel", column.Titel);
            json.WriteBoolean("getal", column.IsNumeric);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var cells = dataset.Rows.Select(row => (IReadOnlyList<string>)dataset.Columns.Select(column =>
            row.Cells[column.Name].Number is { } n ? DutchNumber.Format(n, column.Type) : row.Cells[column.Name].Text).ToList()).ToList();
        WriteWidths(ColumnWidths.Of([dataset.Columns.Select(c => c.Titel).ToList()], cells, dataset.Columns.Count));
        json.WriteStartArray("rows");
        foreach (var row in cells)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                json.WriteStringValue(cell);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (dataset.Totals.Count > 0)
        {
            json.WriteStartArray("totals");
            foreach (var column in dataset.Columns)
            {
                json.WriteStringValue(column.Name == dataset.KeyColumn ? "Totaal"
                    : dataset.Totals.TryGetValue(column.Name, out var t) ? DutchNumber.Format(t, column.Type) : string.Empty);
            }

            json.WriteEndArray();
        }

        WriteSource(dataset);
        json.WriteEndObject();
    }

    private void WriteChart(DataBlock block)
    {
        Open("chart", block);
        WriteCaption(block, "Figuur");
        json.WriteString("file", files.Add("figuren", ".svg", System.Text.Encoding.UTF8.GetBytes(block.Svg!)));
        json.WriteString("alt", ChartAlt(block.Svg!));
        json.WriteStartArray("legend");
        foreach (var (column, colour) in block.Series)
        {
            json.WriteStartObject();
            json.WriteString("kleur", colour);
            json.WriteString("titel", column.Titel);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSource(block.Dataset!);
        json.WriteEndObject();
    }

    private void WriteCaption(DataBlock block, string word)
    {
        sources.AddParagraph($"{word} {block.Number.ToString(CultureInfo.InvariantCulture)} {block.Dataset!.Titel}", Src(block));
        json.WriteString("nummer", $"{word} {block.Number.ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("titel", block.Dataset!.Titel);
        json.WriteBoolean("fictief", block.Dataset.Fictief);
    }

    private void WriteSource(Data.Dataset dataset) =>
        json.WriteString("bron", $"Bron: {dataset.Bron}, peildatum {DutchDate.Format(dataset.Peildatum)}");

    private void WriteContent(ContainerInline? inline)
    {
        json.WritePropertyName("c");
        WriteInlines(inline);
    }

    /// <summary>Whether a repair starts a new page before the first word of these inlines.</summary>
    private bool StartsOnNewPage(ContainerInline? container) =>
        container?.FirstChild is { } first && NewPagesIn(container).TryGetValue(first, out var at)
        && (at == 0 || (first is LiteralInline literal && literal.Content.ToString()[..at].Trim().Length == 0));

    private void WriteInlines(ContainerInline? container)
    {
        json.WriteStartArray();
        var open = false;
        var newPages = NewPagesIn(container);
        if (container is not null && container == _pageStartedBefore && container.FirstChild is { } first)
        {
            newPages.Remove(first); // started before the heading above
        }

        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (newPages.TryGetValue(inline, out var at) && inline is LiteralInline literal)
            {
                var text = literal.Content.ToString();
                json.WriteStringValue(text[..at]);
                NewPage();
                json.WriteStringValue(text[at..]);
                continue;
            }

            if (newPages.ContainsKey(inline))
            {
                NewPage();
            }

            WriteInline(inline, ref open);
        }

        EndIntern(json, ref open);

        json.WriteEndArray();
    }

    /// <summary>
    /// For the first call of a note that a repair starts on a new page, how many words before it the page
    /// starts; null for any other inline, and in a table cell (a row cannot be split).
    /// </summary>
    private int? NewPageBefore(Inline? inline) =>
        !_inCell && inline is FootnoteCall call && body.Footnotes.TryGet(call.Label, out var note)
        && repairs.Notes.TryGetValue(note.Number, out var words) && !_cited.Contains(note.Number) ? words : null;

    /// <summary>
    /// Where a repair starts a new page in these inlines: before the word a note's call belongs to, or as many
    /// words further back as the repair asks, counted across the text before the call.
    /// </summary>
    /// <returns>By inline: the offset in its text where the page starts (0: before the inline).</returns>
    private Dictionary<Inline, int> NewPagesIn(ContainerInline? container)
    {
        var splits = new Dictionary<Inline, int>();
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (NewPageBefore(inline) is not { } wordsBack)
            {
                continue;
            }

            var needed = wordsBack + 1;
            var at = inline;
            for (var previous = inline.PreviousSibling; previous is not null && needed > 0; previous = previous.PreviousSibling)
            {
                at = previous;
                if (previous is LiteralInline literal)
                {
                    var words = System.Text.RegularExpressions.Regex.Matches(literal.Content.ToString(), @"\S+");
                    if (words.Count >= needed)
                    {
                        splits.TryAdd(previous, words[^needed].Index);
                        needed = 0;
                        break;
                    }

                    needed -= words.Count;
                }
            }

            if (needed > 0)
            {
                splits.TryAdd(at, 0);
            }
        }

        return splits;
    }

    /// <summary>Counts a table, starting a new page before it when a repair asks; true when its rows are to be set looser.</summary>
    private bool StartTable()
    {
        var index = _tables++;
        if (repairs.Tables.Contains(index))
        {
            NewPage();
        }

        return repairs.LooseTables.Contains(index);
    }

    private void NewPage()
    {
        json.WriteStartObject();
        json.WriteString("k", "nieuwe-pagina");
        json.WriteEndObject();
    }

    private void WriteInline(Inline inline, ref bool open)
    {
        switch (inline)
        {
            case LiteralInline literal:
                json.WriteStringValue(literal.Content.ToString());
                break;
            case LineBreakInline { IsHard: true }:
                Node("br");
                break;
            case LineBreakInline:
                json.WriteStringValue(" ");
                break;
            case CodeInline code:
                json.WriteStartObject();
                json.WriteString("k", "code");
                json.WriteString("v", code.Content);
                json.WriteEndObject();
                break;
            case EmphasisInline emphasis:
                json.WriteStartObject();
                json.WriteString("k", emphasis.DelimiterChar == '~' ? "del" : emphasis.DelimiterCount >= 2 ? "strong" : "em");
                WriteContent(emphasis);
                json.WriteEndObject();
                break;
            case AutolinkInline autolink:
                json.WriteStartObject();
                json.WriteString("k", "link");
                json.WriteString("url", autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
                json.WriteStartArray("c");
                json.WriteStringValue(autolink.Url);
                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case LinkInline { IsImage: true } image:
                json.WriteStartObject();
                json.WriteString("k", "img");
                json.WriteString("file", MediaFile(image.Url));
                json.WriteString("alt", PlainText(image));
                json.WriteEndObject();
                break;
            case LinkInline link:
                json.WriteStartObject();
                json.WriteString("k", "link");
                // doc:id points at the other document's PDF beside this one in the release.
                json.WriteString("url", Common.DocumentLinks.TargetOf(link.Url ?? string.Empty) is { } id ? "./" + id + ".pdf" : link.Url);
                WriteContent(link);
                json.WriteEndObject();
                break;
            case FootnoteCall call:
                WriteCall(call);
                break;
            case FigureCitation figure:
                json.WriteStringValue((figure.Formatted ?? figure.Reference) + (figure.Dataset?.Fictief == true ? " (fictief voorbeeld)" : string.Empty));
                break;
            case RedactionToken token:
                WriteRedactionToken(json, token.Kind, token.Ground, ref open);
                break;
            case HtmlEntityInline entity:
                json.WriteStringValue(entity.Transcoded.ToString());
                break;
            case DelimiterInline delimiter:
                // An opener Markdig could not match (a lone '['): its character is text, as on the web page.
                json.WriteStringValue(delimiter.ToLiteral());
                for (var child = delimiter.FirstChild; child is not null; child = child.NextSibling)
                {
                    WriteInline(child, ref open);
                }

                break;
            case ContainerInline other:
                for (var child = other.FirstChild; child is not null; child = child.NextSibling)
                {
                    WriteInline(child, ref open);
                }

                break;
        }
    }

    /// <summary>A note's first call carries its text, which the layout sets at the foot of the call's page; a later call only its number.</summary>
    private void WriteCall(FootnoteCall call)
    {
        if (!body.Footnotes.TryGet(call.Label, out var note))
        {
            json.WriteStringValue("[^" + call.Label + "]");
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("n", note.Number);
        if (!_cited.Add(note.Number))
        {
            json.WriteString("k", "noteref");
            json.WriteEndObject();
            return;
        }

        sources.AddNote(note.Number, Src(call));
        json.WriteString("k", "note");
        json.WriteString("src", Src(call));
        json.WriteStartArray("c");
        var first = true;
        foreach (var paragraph in note.Text.Descendants<ParagraphBlock>())
        {
            if (!first)
            {
                Node("br");
            }

            var open = false;
            for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                WriteInline(inline, ref open);
            }

            EndIntern(json, ref open);

            first = false;
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// A bar, or the start or end of a highlighted passage: a start opens an <c>intern</c> node whose content
    /// is what follows, up to its end or the end of the container, so the JSON stays balanced.
    /// </summary>
    internal static void WriteRedactionToken(Utf8JsonWriter json, RedactionTokenKind kind, WooGround? ground, ref bool open)
    {
        switch (kind)
        {
            case RedactionTokenKind.Bar or RedactionTokenKind.BlockBar:
                json.WriteStartObject();
                json.WriteString("k", "bar");
                WriteGround(json, ground);
                json.WriteEndObject();
                break;
            case RedactionTokenKind.InternStart when !open:
                json.WriteStartObject();
                json.WriteString("k", "intern");
                WriteGround(json, ground);
                json.WriteStartArray("c");
                open = true;
                break;
            case RedactionTokenKind.InternEnd:
                EndIntern(json, ref open);
                break;
        }
    }

    /// <summary>Closes a highlighted passage left open, at its end mark or at the end of its container.</summary>
    internal static void EndIntern(Utf8JsonWriter json, ref bool open)
    {
        if (open)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            open = false;
        }
    }

    private static void WriteGround(Utf8JsonWriter json, WooGround? ground)
    {
        json.WriteString("grond", ground?.Code);
        json.WriteString("label", ground?.Label);
        json.WriteString("alt", ground?.Alternative);
    }

    private void Node(string kind)
    {
        json.WriteStartObject();
        json.WriteString("k", kind);
        json.WriteEndObject();
    }

    /// <summary>An embedded image (a data URI since ImageEmbedder) as a file in the Typst root.</summary>
    private string? MediaFile(string? url)
    {
        var comma = url?.IndexOf(";base64,", StringComparison.Ordinal) ?? -1;
        if (url is null || !url.StartsWith("data:", StringComparison.Ordinal) || comma < 0)
        {
            return null;
        }

        var type = url[5..comma];
        var extension = type switch { "image/svg+xml" => ".svg", "image/png" => ".png", "image/jpeg" => ".jpg", "image/gif" => ".gif", _ => ".bin" };
        return files.Add("beelden", extension, Convert.FromBase64String(url[(comma + 8)..]));
    }

    /// <summary>The chart's own title and description (SvgFinisher), which the web page's screen reader gets from the SVG.</summary>
    private static string ChartAlt(string svg)
    {
        var root = System.Xml.Linq.XElement.Parse(svg);
        var ns = root.Name.Namespace;
        return $"{root.Element(ns + "title")?.Value}. {root.Element(ns + "desc")?.Value}".Trim(' ', '.') + ".";
    }

    private void WriteWidths(IReadOnlyList<double> widths)
    {
        json.WriteStartArray("widths");
        foreach (var width in widths)
        {
            json.WriteNumberValue(width);
        }

        json.WriteEndArray();
    }

    /// <summary>A cell's text as printed, code spans included, for sizing its column.</summary>
    private static string CellText(ContainerInline? container) =>
        container is null ? string.Empty : string.Concat(container.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c => c.Content,
            _ => string.Empty,
        }));

    private static string PlainText(ContainerInline? container) =>
        container is null ? string.Empty : string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
