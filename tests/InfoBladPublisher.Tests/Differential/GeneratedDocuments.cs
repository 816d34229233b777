using System.Globalization;
using System.Text;
using CsCheck;

namespace InfoBladPublisher.Tests.Differential;

/// <summary>
/// Generated notas for the differential test: metadata, headings, paragraphs, lists, tables, notes, dataset
/// figures and Woo marks, built from words and from characters that have broken a renderer or a check before
/// (brackets, references, escapes, marks in disguise, characters the fonts lack, words wider than a line).
/// </summary>
internal static class GeneratedDocuments
{
    private static readonly string[] Words =
    [
        "de", "het", "nareis", "gezinshereniging", "aanvraag", "beslissing", "IND", "Kamer", "staatssecretaris", "2023", "1.234", "12,5%",
        "artikel", "lid", "punt", "zie", "en", "over", "memo's", "\"citaat\"", "(tussen haakjes)", "o.a.", "e.d.", "n.v.t.", "€ 5", "≥ 4", "→",
        "café", "één", "coördinatie", "zee\u00ADinvloed",
    ];

    /// <summary>What has gone wrong before, or might, and must print as it is written.</summary>
    private static readonly string[] Printable =
    [
        "[", "]", "[3", "[a]", "![niet]", "[link]:", "*", "**", "_", "~", "`", "\\*", "\\[", "&amp;", "&#123;", "&lbrace;", "&#x7D;", "&nbsp;",
        "#", "|", "<", ">", "$x$", "@ref", "<label>", "#read(\"/etc/passwd\")", "//", "\\", "{", "}", "{x}", "%", "^",
        "{lak 5.1.2e}naam{/lak}", "\u2009", "\u00A0", "e\u0301", "a\uFE0F", "https://example.org/pad/naar/een/heel/lang/document/" + new string('x', 30),
        "<https://example.org/a>", "[een link](https://example.org)", "[de nota](doc:nota)", "`code`", ":cijfer[cijfers/2001/aantal]",
    ];

    /// <summary>What check must refuse, at its place: one of these now and then, in a document that is otherwise fine.</summary>
    private static readonly string[] Refused =
    [
        "{lak 5.2}", "{ lak 5.1.2e}", "[lak 5.1.2e]", "&#123;lak 5.1.2e&#125;x&#123;/lak&#125;", "{gelakt 5.1.2e}", "😀", "★", "\u200B", "\u202E",
        string.Concat(Enumerable.Repeat("lang", 30)), ":cijfer[cijfers/1999/aantal]", "[weg](doc:bestaat-niet)", "[^onbekend]",
    ];

    private static Gen<string> Pick(string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static Gen<string> Token => Gen.Frequency((12, Pick(Words)), (1, Pick(Printable)));

    private static Gen<string> Phrase(int min, int max) => Token.Array[min, max].Select(t => string.Join(' ', t));

    /// <summary>A paragraph: words, now and then emphasis, a note call.</summary>
    private static Gen<string> Paragraph(int notes) =>
        Gen.Select(Phrase(3, 40), Gen.Int[0, notes], Gen.Bool, (text, note, strong) =>
            (strong ? "*" + text + "*" : text) + (note >= 1 ? $"[^n{note}]" : string.Empty) + ".");

    private static Gen<string> Table =>
        Gen.Select(Gen.Int[2, 4], Gen.Int[1, 8], (columns, rows) => (columns, rows))
            .SelectMany(x => Phrase(1, 3).Array[x.columns * (x.rows + 1)].Select(cells =>
            {
                var text = new StringBuilder();
                for (var r = 0; r <= x.rows; r++)
                {
                    text.Append("| ").AppendJoin(" | ", cells.Skip(r * x.columns).Take(x.columns).Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
                    if (r == 0)
                    {
                        text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", x.columns))).Append('\n');
                    }
                }

                return text.ToString();
            }));

    private static Gen<string> Block(int notes) => Gen.Frequency(
        (8, Paragraph(notes)),
        (2, Phrase(1, 6).Select(h => "# " + h)),
        (2, Paragraph(notes).Array[1, 4].Select(items => string.Concat(items.Select(i => "- " + i + "\n")))),
        (1, Paragraph(notes).Array[1, 3].Select(items => string.Concat(items.Select((i, n) => $"{n + 1}. {i}\n")))),
        (1, Paragraph(notes).Select(p => "> " + p)),
        (2, Table),
        (1, Pick(["::tabel[cijfers]", "::grafiek[cijfers]{soort=staaf}", "::grafiek[cijfers]{soort=lijn}"])),
        (1, Gen.Const("---")),
        (1, Paragraph(notes).Select(p => "{lak 5.1.2e}\n" + p + "\n{/lak}")));

    /// <summary>One nota: its document.yml and tekst.md.</summary>
    public static Gen<(string Yaml, string Body)> Nota(int index) =>
        Gen.Int[0, 4].SelectMany(notes => Gen.Select(
            Phrase(1, 12), Phrase(1, 4), Phrase(1, 20).Array[notes], Block(notes).Array[1, 14], Gen.Int[0, 9], Pick(Refused),
            (titel, aan, noteTexts, blocks, chance, refused) =>
            {
                // Every note cited at least once (an unused one is refused), and now and then one thing check must refuse.
                var calls = string.Concat(Enumerable.Range(1, notes).Select(n => $"[^n{n}]"));
                var last = "Tot slot" + calls + (chance < 3 ? " " + refused : string.Empty) + ".";
                var yaml = new StringBuilder()
                    .Append("type: nota\n")
                    .Append("titel: ").Append(Quoted(titel)).Append('\n')
                    .Append("datum: 2024-06-07\n")
                    .Append("kenmerk: \"").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\"\n")
                    .Append("afzender: proef\n")
                    .Append("aan: ").Append(Quoted(aan)).Append('\n')
                    .Append("status: definitief\n")
                    .Append("datasets:\n  cijfers: \"1\"\n");
                if (notes > 0)
                {
                    yaml.Append("voetnoten:\n");
                    for (var n = 0; n < notes; n++)
                    {
                        yaml.Append("  n").Append((n + 1).ToString(CultureInfo.InvariantCulture)).Append(": ").Append(Quoted(noteTexts[n])).Append('\n');
                    }
                }

                return (yaml.ToString(), string.Join("\n\n", blocks.Append(last)) + "\n");
            }));

    /// <summary>A YAML double-quoted scalar, so that any text is one value.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
