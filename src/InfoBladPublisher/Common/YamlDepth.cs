namespace InfoBladPublisher.Common;

/// <summary>
/// Finds YAML nested deeper than <see cref="Limits.NestingDepth"/> before the parser sees it: YamlDotNet
/// recurses per level, and 100,000 '[' overflow the stack, which ends the process without a word.
/// </summary>
internal static class YamlDepth
{
    /// <returns>The 1-based line and column where the limit is first crossed, or null.</returns>
    public static (int Line, int Column)? FirstTooDeep(string text, int limit)
    {
        var flow = 0;
        var indents = new Stack<int>();
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Block structure: each deeper indentation, and each "- " or "? " at the start of a line, is a level.
            var indent = 0;
            while (i + indent < text.Length && text[i + indent] == ' ')
            {
                indent++;
            }

            var content = i + indent;
            if (flow == 0 && content < text.Length && text[content] is not ('\n' or '\r' or '#'))
            {
                while (indents.Count > 0 && indents.Peek() >= indent)
                {
                    indents.Pop();
                }

                indents.Push(indent);
                var markers = 0;
                for (var j = content; j + 1 < text.Length && text[j] is '-' or '?' && text[j + 1] == ' '; j += 2)
                {
                    markers++;
                    while (j + 2 < text.Length && text[j + 2] == ' ')
                    {
                        j++;
                    }
                }

                if (indents.Count + markers > limit)
                {
                    return (line, indent + 1);
                }
            }

            // Flow structure on this line, outside quotes and comments.
            char? quote = null;
            for (i = content; i < text.Length && text[i] != '\n'; i++)
            {
                var c = text[i];
                if (quote is not null)
                {
                    if (c == quote)
                    {
                        quote = null;
                    }
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '#' && (i == 0 || text[i - 1] is ' ' or '\t'))
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    break;
                }
                else if (c is '[' or '{' && ++flow > limit)
                {
                    return (line, i - lineStart + 1);
                }
                else if (c is ']' or '}' && flow > 0)
                {
                    flow--;
                }
            }

            i++;
            line++;
            lineStart = i;
        }

        return null;
    }
}
