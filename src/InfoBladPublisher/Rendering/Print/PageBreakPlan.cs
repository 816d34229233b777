using System.Text.RegularExpressions;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Print;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>
/// Where the layout gate's repairs (<see cref="Layout.LayoutRepairs"/>) start a new page, found on the syntax tree
/// before the renderers run, so that no renderer knows about repairs: before a note's call (as many words back as
/// the repair asks, never inside a table row), before a table, before a heading the gate found last on its page,
/// and before a heading rather than at the very start of the paragraph under it (which would leave the heading alone).
/// </summary>
internal sealed partial class PageBreakPlan : IPageBreaks
{
    private readonly HashSet<Block> _before = [];
    private readonly HashSet<Block> _loose = [];
    private readonly Dictionary<Inline, int> _splits = [];
    private readonly Dictionary<Table, SortedSet<int>> _rowBreaks = [];

    private PageBreakPlan()
    {
    }

    public static IPageBreaks None { get; } = new PageBreakPlan();

    /// <param name="wholeTableRows">A table of at most this many body rows never breaks (the house style's tokens).</param>
    public static IPageBreaks For(ParsedBody body, Layout.LayoutRepairs repairs, int wholeTableRows)
    {
        if (repairs.IsEmpty)
        {
            return None;
        }

        var plan = new PageBreakPlan();
        var cited = new HashSet<int>();
        var tables = 0;
        foreach (var node in PrintOrder.Of(body.Syntax))
        {
            switch (node)
            {
                case Table or DataBlock { Kind: DataBlockKind.Tabel, Dataset: not null }:
                    var index = tables++;
                    if (repairs.Tables.Contains(index))
                    {
                        plan._before.Add((Block)node);
                    }

                    if (repairs.LooseTables.Contains(index))
                    {
                        plan._loose.Add((Block)node);
                    }

                    break;
                case FootnoteCall call when body.Footnotes.TryGet(call.Label, out var note) && cited.Add(note.Number):
                    if (repairs.Notes.TryGetValue(note.Number, out var wordsBack))
                    {
                        if (TableOf(call) is { } table)
                        {
                            plan.BreakTableFor(table, call, wordsBack, wholeTableRows);
                        }
                        else if (Splittable(call))
                        {
                            plan.Split(call, wordsBack);
                        }
                    }

                    break;
            }
        }

        plan.KeepHeadingsWithWhatFollows();

        foreach (var heading in body.Syntax.Descendants<HeadingBlock>())
        {
            var parent = heading.Parent!;
            var next = parent.IndexOf(heading) + 1 < parent.Count ? parent[parent.IndexOf(heading) + 1] as ParagraphBlock : null;
            if (next?.Inline?.FirstChild is { } first && plan._splits.TryGetValue(first, out var at)
                && (at == 0 || (first is LiteralInline literal && literal.Content.ToString()[..at].Trim().Length == 0)))
            {
                plan._splits.Remove(first); // started before the heading instead
                plan._before.Add(heading);
            }
            else if (repairs.Headings.Contains(PrintRenderer.Src(heading)))
            {
                plan._before.Add(heading); // the gate found it the last line of its page
            }
        }

        return plan;
    }

    public bool Before(Block block) => _before.Contains(block);

    /// <summary>The table a call stands in, if it stands in a table cell.</summary>
    private static Table? TableOf(FootnoteCall call)
    {
        ContainerInline root = call.Parent!;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        for (Block? block = root.ParentBlock; block is not null; block = block.Parent)
        {
            if (block is Table table)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>
    /// A new page before a table, a list or a figure that stands straight under a heading starts before the
    /// heading instead: the heading would otherwise be the last line of the page before (IBP075).
    /// </summary>
    private void KeepHeadingsWithWhatFollows()
    {
        foreach (var block in _before.Where(b => b is not HeadingBlock).ToList())
        {
            var parent = block.Parent;
            var index = parent?.IndexOf(block) ?? -1;
            if (index > 0 && parent![index - 1] is HeadingBlock heading)
            {
                _before.Remove(block);
                _before.Add(heading);
            }
        }
    }

    public int? SplitAt(Inline inline) => _splits.TryGetValue(inline, out var at) ? at : null;

    public bool Loose(Block table) => _loose.Contains(table);

    public IReadOnlyList<int> RowBreaks(Table table) => _rowBreaks.TryGetValue(table, out var rows) ? [.. rows] : [];

    /// <summary>
    /// A row cannot be split, and Typst sets the note of a row it moves to the next page where the row was first
    /// tried (or, for a table that does not break, where its notes fit): a short table, with its notes, starts a
    /// page of its own; a long one starts a new page at the note's row, with its header repeated, and each try
    /// again one row further back, never leaving fewer rows on a side than the page rules allow.
    /// </summary>
    private void BreakTableFor(Table table, FootnoteCall call, int wordsBack, int wholeTableRows)
    {
        var rows = table.OfType<TableRow>().Where(r => !r.IsHeader).ToList();
        var row = rows.FindIndex(r => r.Span.Start <= call.Span.Start && call.Span.Start <= r.Span.End);
        if (rows.Count <= wholeTableRows || row < 0)
        {
            _before.Add(table);
            return;
        }

        var minimum = Layout.Rules.TableRowsAcrossBreak.MinimumRows;
        var at = Math.Min(row - (wordsBack / Layout.LayoutRepairs.WordsPerTry), rows.Count - minimum);
        if (at < minimum)
        {
            _before.Add(table);
            return;
        }

        if (!_rowBreaks.TryGetValue(table, out var breaks))
        {
            _rowBreaks[table] = breaks = [];
        }

        // Two breaks closer than the rule's minimum would leave a piece too short; the earlier one does for both.
        var close = breaks.Where(b => Math.Abs(b - at) < minimum).ToList();
        breaks.ExceptWith(close);
        breaks.Add(close.Append(at).Min());
    }

    /// <summary>
    /// Whether the renderers can start a page among this call's siblings: in a paragraph's or heading's text, an
    /// emphasis or a link, but not inside an unmatched bracket's run (table cells are handled before).
    /// </summary>
    private static bool Splittable(FootnoteCall call) =>
        call.Parent is { Parent: null } or EmphasisInline or LinkInline { IsImage: false };

    /// <summary>
    /// The page starts before the word the call belongs to, or as many words further back as the repair asks,
    /// counted across the text before the call.
    /// </summary>
    private void Split(FootnoteCall call, int wordsBack)
    {
        var needed = wordsBack + 1;
        var at = (Inline)call;
        for (var previous = call.PreviousSibling; previous is not null && needed > 0; previous = previous.PreviousSibling)
        {
            at = previous;
            if (previous is LiteralInline literal)
            {
                var words = Word().Matches(literal.Content.ToString());
                if (words.Count >= needed)
                {
                    _splits.TryAdd(previous, words[^needed].Index);
                    return;
                }

                needed -= words.Count;
            }
        }

        _splits.TryAdd(at, 0);
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
