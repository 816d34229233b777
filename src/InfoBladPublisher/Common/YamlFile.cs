using InfoBladPublisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoBladPublisher.Common;

/// <summary>Parses a YAML file into a node tree that keeps line and column for every value.</summary>
internal static class YamlFile
{
    /// <returns>The root mapping, or null when the file is malformed (the problem is reported).</returns>
    public static YamlMappingNode? ParseMapping(string displayPath, string text, DiagnosticBag diagnostics)
    {
        if (YamlDepth.FirstTooDeep(text, Limits.NestingDepth) is { } deep)
        {
            diagnostics.Report(DiagnosticCodes.OverLimit, new SourcePosition(displayPath, deep.Line, deep.Column), $"de YAML is hier meer dan {Limits.NestingDepth} niveaus diep genest", $"the YAML is nested more than {Limits.NestingDepth} levels deep here");
            return null;
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            diagnostics.Report(DiagnosticCodes.YamlSyntax, PositionOf(displayPath, ex.Start), DescribeSyntaxError(ex));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser gives up this way on some broken structures (titel: [a, b, or ':  :titel');
            // the last event it read is where the structure went wrong. Found by the loader fuzz tests.
            var at = parser.Current?.End ?? Mark.Empty;
            var (whatNl, what) = ex is InvalidOperationException
                ? ("een lijst '[' of mapping '{' is niet gesloten, of het bestand eindigt erin", "a list '[' or mapping '{' is not closed, or the file ends inside it")
                : ("hier ontbreekt een sleutel of waarde", "a key or value is missing around here");
            diagnostics.Report(DiagnosticCodes.YamlSyntax, PositionOf(displayPath, at), "ongeldige YAML: " + whatNl, "malformed YAML: " + what);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.EmptyContent, SourcePosition.StartOf(displayPath), "het bestand is leeg; het moet een mapping van sleutels naar waarden bevatten", "the file is empty; expected a mapping of keys to values");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            // YAML allows several documents in one file; only the first would be read, the rest silently lost.
            diagnostics.Report(DiagnosticCodes.YamlSyntax, SecondDocumentStart(displayPath, text, stream.Documents[1].RootNode.Start),
                "hier begint een tweede YAML-document (na '---' of '...'); het bestand bevat één mapping: verwijder de scheidingsregel, of zet de sleutels die eronder staan erboven",
                "a second YAML document starts here (after '---' or '...'); the file holds one mapping: remove the separator line, or move its keys above it");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Report(DiagnosticCodes.WrongType, PositionOf(displayPath, root.Start), "bovenaan het bestand moet een mapping van sleutels naar waarden staan", "expected a mapping of keys to values at the top of the file");
            return null;
        }

        return RefuseTags(displayPath, mapping, diagnostics) ? mapping : null;
    }

    /// <summary>The separator line before the second document's root, where the editor wrote it.</summary>
    private static SourcePosition SecondDocumentStart(string displayPath, string text, Mark root)
    {
        var lines = text.Split('\n');
        for (var line = (int)Math.Min(root.Line, lines.Length); line >= 1; line--)
        {
            var trimmed = lines[line - 1].TrimEnd('\r');
            if (trimmed.StartsWith("---", StringComparison.Ordinal) || trimmed.StartsWith("...", StringComparison.Ordinal))
            {
                return new SourcePosition(displayPath, line, 1);
            }
        }

        return PositionOf(displayPath, root);
    }

    /// <summary>
    /// Explicit tags (<c>!!python/object</c>, <c>!secret</c>) mean nothing here and would be silently dropped;
    /// they are refused so that no one believes they do something. Shared nodes are visited once (alias bombs).
    /// </summary>
    private static bool RefuseTags(string displayPath, YamlNode root, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        var ok = true;
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                diagnostics.Report(DiagnosticCodes.WrongType, PositionOf(displayPath, node), $"de YAML-tag '{node.Tag}' wordt hier niet gebruikt; schrijf alleen de waarde", $"the YAML tag '{node.Tag}' is not used here; write the plain value");
                ok = false;
            }

            IEnumerable<YamlNode> children = node switch
            {
                YamlMappingNode map => map.Children.SelectMany(c => new[] { c.Key, c.Value }),
                YamlSequenceNode list => list.Children,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }

        return ok;
    }

    public static SourcePosition PositionOf(string displayPath, Mark mark) =>
        new(displayPath, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public static SourcePosition PositionOf(string displayPath, YamlNode node) => PositionOf(displayPath, node.Start);

    /// <remarks>YamlDotNet's own words in English; in Dutch those an editor meets most (<see cref="YamlErrorsInDutch"/>).</remarks>
    private static Wording DescribeSyntaxError(YamlException ex)
    {
        // YamlDotNet prefixes its messages with "(Line: x, Col: y, ...)"; the position is already in front.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        var text = close >= 0 ? message[(close + 3)..] : message;
        var detail = text.TrimEnd('.').ToLowerInvariant()[..1] + text.TrimEnd('.')[1..];
        return new Wording("ongeldige YAML: " + YamlErrorsInDutch.Of(detail), "malformed YAML: " + detail);
    }
}
