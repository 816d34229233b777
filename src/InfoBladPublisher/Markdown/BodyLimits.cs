using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// What Markdown may not be: nested deeper than the limit (Markdig and its renderers recurse per level), or
/// holding a word longer than any line, which the page would cut off.
/// </summary>
internal static class BodyLimits
{
    /// <summary>URLs break after their slashes, so they may be longer than a word.</summary>
    private const int UrlLength = 2_000;

    /// <returns>True when the tree is within the limits; every crossing is reported.</returns>
    public static bool Check(MarkdownObject syntax, Func<MarkdownObject, int, SourcePosition> position, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (Deepest(syntax) is { Depth: > Limits.NestingDepth } deepest)
        {
            diagnostics.Report(DiagnosticCodes.OverLimit, position(deepest.Node, 0),
                $"de tekst is hier {deepest.Depth} niveaus diep genest (citaten, lijsten, nadruk of links in elkaar); de grens is {Limits.NestingDepth}",
                $"the text is nested {deepest.Depth} levels deep here (quotes, lists, emphasis or links inside each other); the limit is {Limits.NestingDepth}");
            ok = false;
        }

        foreach (var literal in syntax.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                var word = text[start..i];
                var limit = word.Contains("://", StringComparison.Ordinal) ? UrlLength : Limits.WordLength;
                if (word.Length > limit)
                {
                    diagnostics.Report(DiagnosticCodes.WordTooLong, position(literal, start),
                        $"een woord van {word.Length} tekens ('{word[..20]}…'); geen regel bevat meer dan {limit} tekens, dus de pagina zou het woord afsnijden. Voeg spaties of afbreekstreepjes toe",
                        $"a word of {word.Length} characters ('{word[..20]}…'); no line holds more than {limit}, so the page would cut it off. Add spaces or hyphens");
                    ok = false;
                }

                start = i + 1;
            }
        }

        return ok;
    }

    /// <summary>The line of <paramref name="text"/> most likely to hold the nesting Markdig refused.</summary>
    public static int DeepestLine(string text)
    {
        var lines = text.Split('\n');
        var best = (Line: 1, Score: -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var score = lines[i].Count(c => c is '>' or '[' or '*' or '_' or '-' or '(');
            if (score > best.Score)
            {
                best = (i + 1, score);
            }
        }

        return best.Line;
    }

    private static (int Depth, MarkdownObject Node) Deepest(MarkdownObject root)
    {
        // Iterative: the point is to measure trees too deep to recurse over.
        var deepest = (Depth: 0, Node: root);
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.TryPop(out var item))
        {
            if (item.Depth > deepest.Depth)
            {
                deepest = (item.Depth, item.Node);
            }

            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children)
            {
                stack.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }
}
