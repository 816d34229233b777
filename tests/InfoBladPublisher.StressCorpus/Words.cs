using System.Globalization;
using System.Text;

namespace InfoBladPublisher.StressCorpus;

/// <summary>Dutch policy prose of plausible word lengths; meaning is not the point, line breaks are.</summary>
internal static class Words
{
    private static readonly string[] Common =
    [
        "de", "het", "een", "van", "en", "in", "op", "voor", "met", "aan", "bij", "door", "dat", "is", "wordt", "zijn",
        "niet", "ook", "naar", "om", "als", "over", "deze", "die", "nog", "meer", "tot", "uit", "kan", "worden",
    ];

    private static readonly string[] Content =
    [
        "beleid", "uitvoering", "gemeenten", "aanvragen", "beslistermijn", "wetsvoorstel", "Kamerbrief", "evaluatie",
        "toezicht", "rijksoverheid", "samenwerking", "capaciteit", "financiering", "inwerkingtreding", "informatievoorziening",
        "verantwoordelijkheid", "uitvoeringsorganisatie", "doorlooptijden", "bezwaarprocedures", "risicoanalyse",
        "consultatie", "begroting", "ketenpartners", "monitoring", "regelgeving", "maatregelen", "knelpunten",
        "onderzoek", "rapportage", "afspraken", "voorstel", "advies", "gevolgen", "burgers", "ondernemers", "provincies",
        "waterschappen", "dienstverlening", "privacy", "persoonsgegevens", "digitalisering", "handhaving",
        "kwartaalrapportage", "besluitvorming", "ministerraad", "Staatssecretaris", "Tweede Kamer", "Raad van State",
    ];

    private static readonly string[] Headings =
    [
        "Aanleiding", "Geadviseerd besluit", "Kernpunten", "Toelichting", "Krachtenveld", "Financiële gevolgen",
        "Uitvoering", "Communicatie", "Juridische aspecten", "Vervolg", "Achtergrond", "Risico's", "Planning",
        "Betrokken partijen", "Samenvatting van de reacties", "Overwegingen",
    ];

    public static string Sentence(Random random, int minWords = 8, int maxWords = 24)
    {
        var count = random.Next(minWords, maxWords + 1);
        var sentence = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = random.Next(3) == 0 ? Content[random.Next(Content.Length)] : Common[random.Next(Common.Length)];
            if (random.Next(40) == 0)
            {
                word = string.Create(CultureInfo.InvariantCulture, $"AUD-{2020 + random.Next(6)}-{1 + random.Next(12):00}");
            }

            sentence.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : " " + word);
        }

        return sentence.Append('.').ToString();
    }

    public static string Heading(Random random) => Headings[random.Next(Headings.Length)];

    public static string Title(Random random) =>
        $"{Heading(random)} over {Content[random.Next(Content.Length)]} en {Content[random.Next(Content.Length)]}";

    public static string Term(Random random) => Content[random.Next(Content.Length)];

    /// <summary>A note of about <paramref name="lines"/> lines at note size: a source, a URL, or prose.</summary>
    public static string Note(Random random, int lines)
    {
        var note = new StringBuilder();
        if (random.Next(3) == 0)
        {
            note.Append(CultureInfo.InvariantCulture, $"<https://www.rijksoverheid.nl/documenten/kamerstukken/{2020 + random.Next(6)}/{1 + random.Next(12):00}/{1 + random.Next(28):00}/{Term(random).ToLowerInvariant().Replace(' ', '-')}-{Term(random).ToLowerInvariant().Replace(' ', '-')}-kwartaalrapportage>");
        }
        else
        {
            note.Append(CultureInfo.InvariantCulture, $"Kamerstukken II {2020 + random.Next(6)}/{21 + random.Next(5)}, {29000 + random.Next(8000)}, nr. {1 + random.Next(400)}; zie ook AUD-{2020 + random.Next(6)}-{1 + random.Next(12):00}.");
        }

        // About 95 characters fill one line of a note in the letter column.
        while (note.Length < (lines - 1) * 95 + 20)
        {
            note.Append(' ').Append(Sentence(random, 6, 18));
        }

        return note.ToString();
    }
}
