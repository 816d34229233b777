using System.Globalization;

namespace InfoBladPublisher.Diagnostics;

/// <summary>
/// A noun said with its count in both languages, singular for one: "1 document", "3 documenten". The run's own
/// lines count documents and pages; "1 documenten" read as a slip.
/// </summary>
public sealed record CountedNoun(string NlOne, string NlMany, string EnOne, string EnMany)
{
    public static readonly CountedNoun Documents = new("document", "documenten", "document", "documents");

    public static readonly CountedNoun Pages = new("pagina", "pagina's", "page", "pages");

    public static readonly CountedNoun Images = new("afbeelding", "afbeeldingen", "image", "images");

    public static readonly CountedNoun JsonSchemas = new("schema", "schema's", "schema", "schemas");

    public static readonly CountedNoun Groups = new("groep", "groepen", "group", "groups");

    public static readonly CountedNoun Problems = new("probleem", "problemen", "problem", "problems");

    /// <summary>"1 document" / "2 documenten", and the English beside it.</summary>
    public Wording Of(int count)
    {
        var n = count.ToString(CultureInfo.InvariantCulture);
        return count == 1 ? new($"{n} {NlOne}", $"{n} {EnOne}") : new($"{n} {NlMany}", $"{n} {EnMany}");
    }
}
