using System.Globalization;
using System.Text.Json;
using Markdig.Renderers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Print;

/// <summary>
/// Writes a parsed body as the print data <c>templates/print/tekst.typ</c> lays out: every node an object with a
/// kind <c>k</c> (<see cref="PrintKinds"/>), plain text a JSON string, blocks with their <c>src</c> ("line:col").
/// Markdig's renderer model: one renderer per kind of node, registered here for CommonMark's nodes and by each
/// extension for its own (footnotes, figures, Woo marks), as the web page's HTML renderer is. Where the layout
/// starts a new page is not decided here: <see cref="IPageBreaks"/> says so, a pass of its own.
/// </summary>
internal sealed class PrintRenderer : RendererBase
{
    private bool _internOpen;

    public PrintRenderer(Utf8JsonWriter json, ParsedBody body, IPrintMedia media, IPageBreaks breaks)
    {
        Json = json;
        Body = body;
        Media = media;
        Breaks = breaks;
        ObjectRenderers.AddRange(BlockRenderers.All);
        ObjectRenderers.AddRange(InlineRenderers.All);
        ObjectRenderers.Add(new TablePrintRenderer());
    }

    public Utf8JsonWriter Json { get; }

    public ParsedBody Body { get; }

    /// <summary>Where images and charts go in the Typst root.</summary>
    public IPrintMedia Media { get; }

    public IPageBreaks Breaks { get; }

    /// <summary>Notes whose text was written at their first call; a later call writes only the number.</summary>
    public HashSet<int> Cited { get; } = [];

    /// <summary>True while a table cell is written: a row cannot be split, so no new page starts in it.</summary>
    public bool InCell { get; set; }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return Json;
    }

    public void WriteBlocks(ContainerBlock container)
    {
        Json.WriteStartArray();
        foreach (var block in container)
        {
            if (Breaks.Before(block))
            {
                NewPage();
            }

            Write(block);
        }

        Json.WriteEndArray();
    }

    /// <summary>The inlines of a container as a JSON array; a highlighted passage left open is closed at its end.</summary>
    public void WriteInlines(ContainerInline? container)
    {
        Json.WriteStartArray();
        WriteInlineRun(container);
        Json.WriteEndArray();
    }

    /// <summary>The inlines of a container into the array already open (a note's paragraphs share one).</summary>
    public void WriteInlineRun(ContainerInline? container)
    {
        var outer = _internOpen;
        _internOpen = false;
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (!InCell && Breaks.SplitAt(inline) is { } at)
            {
                if (inline is LiteralInline literal)
                {
                    var text = literal.Content.ToString();
                    Json.WriteStringValue(text[..at]);
                    NewPage();
                    Json.WriteStringValue(text[at..]);
                    continue;
                }

                NewPage();
            }

            Write(inline);
        }

        EndIntern();
        _internOpen = outer;
    }

    /// <summary>Opens a highlighted passage (the internal build): what follows, up to its end, is its content.</summary>
    public void StartIntern()
    {
        _internOpen = true;
    }

    public bool InternOpen => _internOpen;

    /// <summary>Closes a highlighted passage left open, at its end mark or at the end of its container.</summary>
    public void EndIntern()
    {
        if (_internOpen)
        {
            Json.WriteEndArray();
            Json.WriteEndObject();
            _internOpen = false;
        }
    }

    /// <summary>A block node: its kind and where it stands in tekst.md.</summary>
    public void Open(string kind, Block block)
    {
        Json.WriteStartObject();
        Json.WriteString("k", kind);
        Json.WriteString("src", Src(block));
    }

    /// <summary>A node with a kind and nothing else.</summary>
    public void Node(string kind)
    {
        Json.WriteStartObject();
        Json.WriteString("k", kind);
        Json.WriteEndObject();
    }

    public void NewPage() => Node(PrintKinds.NewPage);

    /// <summary>The node's content as <c>c</c>.</summary>
    public void WriteContent(ContainerInline? inline)
    {
        Json.WritePropertyName("c");
        WriteInlines(inline);
    }

    /// <summary>Where a node stands in tekst.md, as "line:col".</summary>
    public static string Src(MarkdownObject node) => string.Create(CultureInfo.InvariantCulture, $"{node.Line + 1}:{node.Column + 1}");
}

/// <summary>A renderer of one kind of node into the print data.</summary>
internal abstract class PrintObjectRenderer<T> : MarkdownObjectRenderer<PrintRenderer, T>
    where T : MarkdownObject;

/// <summary>Where the body's images and charts are handed to Typst: a file in its root, by path.</summary>
internal interface IPrintMedia
{
    /// <returns>The file's path in the Typst root.</returns>
    string Add(string folder, string extension, byte[] bytes);
}

/// <summary>Where the layout is to start a new page: the layout gate's repairs, planned apart from the renderers.</summary>
internal interface IPageBreaks
{
    /// <summary>Whether a new page starts before this block.</summary>
    bool Before(Block block);

    /// <summary>Where in this inline a new page starts: 0 before it, an offset into a literal's text; null for none.</summary>
    int? SplitAt(Inline inline);

    /// <summary>Whether this table's rows are set looser (a repair for a lone row after a break).</summary>
    bool Loose(Block table);

    /// <summary>The body rows (0-based) of this table before which a new page starts, in order: a repair for a note in a row.</summary>
    IReadOnlyList<int> RowBreaks(Table table);
}
