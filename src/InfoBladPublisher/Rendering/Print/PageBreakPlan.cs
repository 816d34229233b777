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

    private PageBreakPlan()
    {
    }

    public static IPageBreaks None { get; } = new PageBreakPlan();

    public static IPageBreaks For(ParsedBody body, Layout.LayoutRepairs repairs)
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
                    if (repairs.Notes.TryGetValue(note.Number, out var wordsBack) && Splittable(call))
                    {
                        plan.Split(call, wordsBack);
                    }

                    break;
            }
        }

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

    public int? SplitAt(Inline inline) => _splits.TryGetValue(inline, out var at) ? at : null;

    public bool Loose(Block table) => _loose.Contains(table);

    /// <summary>
    /// Whether the renderers can start a page among this call's siblings: in a paragraph's or heading's text, an
    /// emphasis or a link, but not in a table row (a row cannot be split) nor inside an unmatched bracket's run.
    /// </summary>
    private static bool Splittable(FootnoteCall call)
    {
        if (call.Parent is not ({ Parent: null } or EmphasisInline or LinkInline { IsImage: false }))
        {
            return false;
        }

        ContainerInline root = call.Parent;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        for (Block? block = root.ParentBlock; block is not null; block = block.Parent)
        {
            if (block is TableCell)
            {
                return false;
            }
        }

        return true;
    }

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
