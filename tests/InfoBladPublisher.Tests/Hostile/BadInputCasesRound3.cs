using C = InfoBladPublisher.Diagnostics.DiagnosticCodes;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The third round of the bad-input corpus (issue 31): what publish refused and check passed, and Woo marks that
/// Markdown or YAML decode after the marks were read. Positions as in <see cref="BadInputCases"/>: document.yml
/// has 9 lines (appended text at line 10), tekst.md 9 (appended text at line 11).
/// </summary>
internal static class BadInputCasesRound3
{
    private const string Yml = BadInputCases.Yml;
    private const string Md = BadInputCases.Md;
    private const string Titel = "titel: Een proefnota";
    private const string Note = "<https://example.org/bron>";

    public static IEnumerable<BadInput> All => EncodedMarks.Concat(CheckPredictsPublish);

    private static IEnumerable<BadInput> EncodedMarks =>
    [
        new("woo: a mark in decimal character references", t => t.Append(Md, "\n\nTekst &#123;lak 5.1.2e&#125;GEHEIM&#123;/lak&#125; verder.\n"), C.BadRedaction, Md, 11, 7),
        new("woo: a mark in named character references", t => t.Append(Md, "\n\nTekst &lbrace;lak 5.1.2e&rbrace;GEHEIM&lbrace;/lak&rbrace; verder.\n"), C.BadRedaction, Md, 11, 7),
        new("woo: a mark whose letter is a hex reference", t => t.Append(Md, "\n\nTekst {&#x6C;ak 5.1.2e}GEHEIM{/&#x6c;ak} verder.\n"), C.BadRedaction, Md, 11, 7),
        new("woo: a mark in references in a YAML note", t => t.Replace(Yml, Note, "\"Zie &#123;lak 5.1.2e&#125;GEHEIM&#123;/lak&#125;.\""), C.BadRedaction, Yml, 9, 9),
        new("woo: a mark in references in a Markdown note", t => t.Replace(Md, "Een noot in de Markdown.", "Een &lcub;lak 5.1.2e&rcub;naam&lcub;/lak&rcub;."), C.BadRedaction, Md, 9, 15),
    ];

    private static IEnumerable<BadInput> CheckPredictsPublish =>
    [
        new("publish: a titel of one 400-character word", t => t.Replace(Yml, Titel, "titel: " + new string('m', 400)), C.WordTooLong, Yml, 2, 8),
        new("publish: a word in the text wider than the column", t => t.Append(Md, "\n\nEen woord " + string.Concat(Enumerable.Repeat("Gezinshereniging", 6)) + " hier.\n"), C.WordTooLong, Md, 11, 11),
        new("publish: a titel of only spaces", t => t.Replace(Yml, Titel, "titel: \"   \""), C.InvalidValue, Yml, 2, 8),
        new("publish: a bell written as a YAML escape", t => t.Replace(Yml, Titel, "titel: \"Een\\aproefnota\""), C.NotCleanText, Yml, 2, 8),
        new("publish: an ANSI escape written as a YAML escape", t => t.Replace(Yml, Titel, "titel: \"\\e[31mrood\""), C.NotCleanText, Yml, 2, 8),
        new("publish: a line separator written as a YAML escape", t => t.Replace(Yml, Titel, "titel: \"Een\\u2028proefnota\""), C.NotCleanText, Yml, 2, 8),
        new("publish: a paragraph separator written as a YAML escape in 'aan'", t => t.Replace(Yml, "aan: De minister", "aan: \"De \\u2029minister\""), C.NotCleanText, Yml, 6, 6),
        new("publish: a control character in a YAML note", t => t.Replace(Yml, Note, "\"Bron\\x07.\""), C.NotCleanText, Yml, 9, 9),
        new("publish: a heading of only spaces", t => t.Append(Md, "\n\n#    \n\nSlot.\n"), C.InvalidValue, Md, 11, 1),
        new("publish: a line chart over 9,999 rows", t => BadInputCases.Dataset(t, "1", rows: 9_999).Append(Md, "\n\n::grafiek[cijfers]{soort=lijn}\n").Append(Yml, "\ndatasets:\n  cijfers: \"1\"\n"), C.OverLimit, Md, 11, 1),
    ];
}
