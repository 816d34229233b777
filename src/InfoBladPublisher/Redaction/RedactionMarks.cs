using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Redaction;

/// <summary>
/// Reads the Woo markings an editor wrote, <c>{lak 5.1.2e}passage{/lak}</c> inline or with both marks on lines
/// of their own for whole blocks, and rewrites the text before anything parses it. In the public build the
/// passage is replaced by a bar token, so no later stage (Markdown, notes, tables, headings, outline, PDF)
/// ever holds its text. Line numbers are kept, so later diagnostics still point at the right line.
/// </summary>
public static partial class RedactionMarks
{
    /// <summary>The tokens this rewrite leaves for the Markdown parser; an editor may not write them.</summary>
    public const string Bar = WooMarkSyntax.Bar;
    public const string BlockBar = WooMarkSyntax.BlockBar;
    public const string InternBlockStart = WooMarkSyntax.InternBlockStart;

    /// <summary>The first text that reads as a mark or a near miss, or null: for the outputs' own text, after every decoding.</summary>
    public static string? FindMark(string text) => WooMarkSyntax.MarksAndNearMisses(text).FirstOrDefault()?.Value;

    /// <summary>Whether the text holds an editor's mark (for fields that cannot be withheld).</summary>
    public static bool HasMark(string text) => WooMarkSyntax.Mark().IsMatch(text) || WooMarkSyntax.NearMiss().IsMatch(text);

    /// <summary>
    /// Reports every mark in a file that cannot withhold anything (a dataset, an organisation): printed as it
    /// stands, the passage would be published, marks and all.
    /// </summary>
    /// <param name="what">The file, in Dutch and English, as the message's subject ("een dataset", "a dataset").</param>
    /// <returns>False when the file holds a mark.</returns>
    public static bool Refuse(string display, string text, Wording what, DiagnosticBag diagnostics)
    {
        var found = false;
        var lines = new LineIndex(text);
        foreach (Match mark in WooMarkSyntax.Mark().Matches(text).Where(m => !m.Groups["close"].Success))
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, lines.PositionOf(display, mark.Index),
                $"{what.Nl} kan geen passage lakken: het bestand wordt gepubliceerd zoals het is, met markeringen en al. Laat weg wat niet gepubliceerd mag worden",
                $"{what.En} cannot withhold a passage: it is published as it stands, marks and all. Leave what must not be published out of it");
            found = true;
        }

        foreach (var miss in NearMisses(text))
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, lines.PositionOf(display, miss.Index), NearMissMessage(miss));
            found = true;
        }

        var errors = diagnostics.ErrorCount;
        ReportEncoded(text, offset => lines.PositionOf(display, offset), diagnostics);
        return !found && diagnostics.ErrorCount == errors;
    }


    private sealed record Open(Match Mark, WooGround? Ground, bool Block, SourcePosition Position);

    private sealed record Pair(Open Start, Match End);

    /// <summary>
    /// The text as the given build sees it, or null when a marking is wrong (each error reported). Where
    /// <paramref name="value"/> is given the text is one YAML value: every position is that value's, and marks on
    /// lines of their own are not blocks.
    /// </summary>
    public static string? Apply(string display, string text, RedactionMode mode, ICollection<Marking> found, DiagnosticBag diagnostics, SourcePosition? value = null)
    {
        var errors = diagnostics.ErrorCount;
        var lines = new LineIndex(text);
        SourcePosition At(int offset) => value ?? lines.PositionOf(display, offset);
        ReportEncoded(text, At, diagnostics);
        if (!text.Contains('{', StringComparison.Ordinal) && !WooMarkSyntax.NearMiss().IsMatch(text))
        {
            return diagnostics.ErrorCount > errors ? null : text;
        }
        foreach (var miss in NearMisses(text))
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, At(miss.Index), NearMissMessage(miss));
        }

        foreach (Match forged in WooMarkSyntax.Reserved().Matches(text))
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, At(forged.Index),
                $"'{forged.Value}' is wat de build schrijft voor een gelakte passage; markeer de passage zelf met {{lak <grond>}}…{{/lak}}",
                $"'{forged.Value}' is what the build writes for a withheld passage; mark the passage itself with {{lak <ground>}}…{{/lak}}");
        }

        var pairs = new List<Pair>();
        Open? open = null;
        var skipped = 0;
        foreach (Match mark in WooMarkSyntax.Mark().Matches(text))
        {
            var position = At(mark.Index);
            if (mark.Groups["close"].Success)
            {
                if (skipped > 0)
                {
                    skipped--;
                }
                else if (open is null)
                {
                    diagnostics.Report(DiagnosticCodes.BadRedaction, position,
                        "'{/lak}' sluit geen markering af: open de passage eerst met {lak <grond>}",
                        "'{/lak}' closes no marking: open the passage with {lak <ground>} first");
                }
                else
                {
                    CheckPassage(open, mark, text, value is null && AloneOnLine(text, mark), position, diagnostics);
                    pairs.Add(new Pair(open, mark));
                    open = null;
                }

                continue;
            }

            if (InsideLinkTarget(text, mark.Index))
            {
                diagnostics.Report(DiagnosticCodes.BadRedaction, position,
                    "een markering in het adres of de titel van een link kan de link niet lakken (de link zou breken of de markering bevatten); markeer de hele link: {lak <grond>}[tekst](adres){/lak}",
                    "a marking inside a link's address or title cannot withhold it (the link would break or carry the mark); mark the whole link: {lak <ground>}[text](address){/lak}");
            }

            if (open is not null)
            {
                diagnostics.Report(DiagnosticCodes.BadRedaction, position,
                    $"deze markering begint binnen de markering die op {open.Position.Line}:{open.Position.Column} is geopend; markeringen mogen elkaar niet overlappen en niet in elkaar staan: sluit die eerst met {{/lak}}",
                    $"this marking starts inside the one opened at {open.Position.Line}:{open.Position.Column}; markings cannot overlap or nest: close that one first with {{/lak}}");
                skipped++;
                continue;
            }

            open = new Open(mark, GroundOf(mark, position, diagnostics), value is null && AloneOnLine(text, mark), position);
        }

        if (open is not null)
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, open.Position,
                "deze markering wordt nergens gesloten: sluit de passage af met {/lak}",
                "this marking is never closed: end the passage with {/lak}");
        }

        if (diagnostics.ErrorCount > errors)
        {
            return null;
        }

        foreach (var pair in pairs)
        {
            found.Add(new Marking(pair.Start.Position, pair.Start.Ground!, pair.Start.Block));
        }

        return Rewrite(text, pairs, mode);
    }

    /// <summary>A mark written with character references or escapes: read as text, it would print, passage and all.</summary>
    private static void ReportEncoded(string text, Func<int, SourcePosition> at, DiagnosticBag diagnostics)
    {
        foreach (var (offset, decoded) in EncodedMarks.Find(text))
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, at(offset),
                $"dit wordt de Woo-markering '{Snippet.Of(decoded, 20)}' zodra de tekenverwijzingen of escapes zijn omgezet (&#123;, &lbrace;, \\{{), dus de passage zou worden gepubliceerd; schrijf {{lak <grond>}}…{{/lak}} in gewone tekens",
                $"this reads as the Woo marking '{Snippet.Of(decoded, 20)}' once its character references or escapes are decoded (&#123;, &lbrace;, \\{{), so the passage would be published; write {{lak <ground>}}…{{/lak}} in plain characters");
        }
    }

    private static WooGround? GroundOf(Match mark, SourcePosition position, DiagnosticBag diagnostics)
    {
        var code = mark.Groups["ground"].Value.Trim();
        if (code.Length == 0)
        {
            diagnostics.Report(DiagnosticCodes.UnknownWooGround, position,
                "een markering heeft de Woo-grond nodig waaronder de passage gelakt wordt, zoals in {lak 5.1.2e}",
                "a marking needs the Woo ground it is withheld under, as in {lak 5.1.2e}");
            return null;
        }

        if (WooGround.Find(code) is { } ground)
        {
            return ground;
        }

        var codes = WooGround.All.Select(g => g.Code).ToList();
        var hint = DidYouMean.Tail(code, codes, new Wording("de Woo-gronden zijn " + string.Join(", ", codes), "the grounds are " + string.Join(", ", codes)));
        diagnostics.Report(DiagnosticCodes.UnknownWooGround, position, $"'{code}' is geen Woo-grond{hint.Nl}", $"'{code}' is not a Woo ground{hint.En}");
        return null;
    }

    private static void CheckPassage(Open start, Match end, string text, bool endAlone, SourcePosition endPosition, DiagnosticBag diagnostics)
    {
        var passage = text[(start.Mark.Index + start.Mark.Length)..end.Index];
        if (start.Block && !endAlone)
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, endPosition,
                $"de blokmarkering die op {start.Position.Line}:{start.Position.Column} is geopend, moet worden gesloten met {{/lak}} op een eigen regel",
                $"the block marking opened at {start.Position.Line}:{start.Position.Column} must be closed by {{/lak}} on a line of its own");
        }
        else if (!start.Block && EmptyLine().IsMatch(passage))
        {
            diagnostics.Report(DiagnosticCodes.BadRedaction, start.Position,
                "deze passage loopt over een lege regel; zet {lak <grond>} en {/lak} elk op een eigen regel om hele alinea's te lakken",
                "this passage runs over an empty line; to withhold whole paragraphs, put {lak <ground>} and {/lak} on lines of their own");
        }
    }

    private static string Rewrite(string text, IReadOnlyList<Pair> pairs, RedactionMode mode)
    {
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in pairs)
        {
            var code = start.Ground!.Code;
            if (start.Block)
            {
                var from = LineStart(text, start.Mark.Index);
                var to = LineEnd(text, end.Index);
                result.Append(text, at, from - at);
                if (mode == RedactionMode.Public)
                {
                    result.Append('{').Append(BlockBar).Append(' ').Append(code).Append('}').Append('\n', Count(text, from, to, '\n'));
                }
                else
                {
                    result.Append('{').Append(InternBlockStart).Append(' ').Append(code).Append('}').Append('\n');
                    var inner = LineEnd(text, start.Mark.Index) + 1;
                    var closing = LineStart(text, end.Index);
                    result.Append(text, inner, Math.Max(0, closing - inner)).Append("{/").Append(InternBlockStart).Append(' ').Append(code).Append('}');
                }

                at = to;
            }
            else
            {
                var from = start.Mark.Index;
                var to = end.Index + end.Length;
                result.Append(text, at, from - at);
                if (mode == RedactionMode.Public)
                {
                    // Soft line breaks keep the lines after it where they were.
                    result.Append('{').Append(Bar).Append(' ').Append(code).Append('}').Append('\n', Count(text, from, to, '\n'));
                }
                else
                {
                    result.Append("{lak ").Append(code).Append('}').Append(text, start.Mark.Index + start.Mark.Length, end.Index - start.Mark.Index - start.Mark.Length).Append("{/lak}");
                }

                at = to;
            }
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Whether a mark stands in a link's target or title: after "](" with no ")" yet, in a link definition, or in an &lt;autolink&gt;.</summary>
    private static bool InsideLinkTarget(string text, int index)
    {
        var lineStart = LineStart(text, index);
        var before = text.AsSpan(lineStart, index - lineStart);
        var inline = before.LastIndexOf("](", StringComparison.Ordinal);
        if (inline >= 0 && !before[inline..].Contains(')'))
        {
            return true;
        }

        var angle = before.LastIndexOf('<');
        return LinkDefinitionStart().IsMatch(before)
            || angle >= 0 && before[angle..].IndexOfAny('>', ' ') < 0 && before[angle..].Contains(':');
    }

    [GeneratedRegex(@"^ {0,3}\[(?!\^)[^\]]+\]:")]
    private static partial Regex LinkDefinitionStart();

    private static bool AloneOnLine(string text, Match mark) =>
        text.AsSpan(LineStart(text, mark.Index), mark.Index - LineStart(text, mark.Index)).IsWhiteSpace()
        && text.AsSpan(mark.Index + mark.Length, LineEnd(text, mark.Index) - mark.Index - mark.Length).IsWhiteSpace();

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    private static int LineEnd(string text, int offset)
    {
        var end = text.IndexOf('\n', offset);
        return end < 0 ? text.Length : end;
    }

    private static int Count(string text, int from, int to, char c) => text.AsSpan(from, to - from).Count(c);



    /// <summary>
    /// What looks like an attempt at a mark but is not one: <c>{ lak 5.1.2e}</c>, <c>{lak5.1.2e}</c>,
    /// <c>{/ lak}</c>, <c>[lak 5.1.2e]</c>, <c>(/lak)</c>, a mark with no closing brace. Read as text, the
    /// passage an editor meant to withhold would be published, so it is an error, not text.
    /// </summary>
    private static IEnumerable<Match> NearMisses(string text)
    {
        var marks = WooMarkSyntax.Mark().Matches(text).Concat(WooMarkSyntax.Reserved().Matches(text)).Select(m => m.Index).ToHashSet();
        return WooMarkSyntax.NearMiss().Matches(text).Where(m => !marks.Contains(m.Index));
    }

    private static Wording NearMissMessage(Match miss) => new(
        $"'{Snippet.Of(miss.Value.Trim(), 20)}' lijkt op een Woo-markering maar is het niet, dus de passage zou worden gepubliceerd; schrijf precies {{lak <grond>}}…{{/lak}}",
        $"'{Snippet.Of(miss.Value.Trim(), 20)}' looks like a Woo marking but is not one, so the passage would be published; write {{lak <ground>}}…{{/lak}} exactly");


    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex EmptyLine();
}
