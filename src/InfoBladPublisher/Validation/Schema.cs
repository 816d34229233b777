namespace InfoBladPublisher.Validation;

internal sealed class Schema
{
    /// <param name="name">What the messages call a file of this schema in English: "a nota", "an organisation".</param>
    /// <param name="nameNl">The same in Dutch ("een nota"); where not given, made from the English (<see cref="DutchName"/>).</param>
    public Schema(string name, IEnumerable<FieldSpec> fields, string? nameNl = null)
    {
        Name = name;
        NameNl = nameNl ?? DutchName(name);
        Fields = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>The name in Dutch, for the Dutch messages.</summary>
    public string NameNl { get; }

    public IReadOnlyDictionary<string, FieldSpec> Fields { get; }

    /// <summary>The same schema with more help on one key, worded in Dutch and English, for what only this content set knows (its senders).</summary>
    public Schema WithHelp(string key, string moreNl, string moreEn) =>
        new(Name, Fields.Values.Select(f => f.Key == key
            ? f with
            {
                Help = f.Help.Length == 0 ? moreEn : f.Help + "; " + moreEn,
                HelpNl = f.HelpWording.Nl.Length == 0 ? moreNl : f.HelpWording.Nl + "; " + moreNl,
            }
            : f), NameNl);

    /// <summary>
    /// "a nota" → "een nota", "an organisation" → "een organisatie": the schemas' English names are an article and a
    /// word that is Dutch already (the document types, dataset) or one of the few English ones below.
    /// </summary>
    private static string DutchName(string name)
    {
        var noun = name.StartsWith("an ", StringComparison.Ordinal) ? name[3..] : name.StartsWith("a ", StringComparison.Ordinal) ? name[2..] : null;
        if (noun is null)
        {
            return name;
        }

        return "een " + noun switch
        {
            "organisation" => "organisatie",
            "dataset column" => "datasetkolom",
            _ => noun,
        };
    }
}
