namespace InfoBladPublisher.Validation;

internal sealed class Schema
{
    public Schema(string name, IEnumerable<FieldSpec> fields)
    {
        Name = name;
        Fields = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, FieldSpec> Fields { get; }

    /// <summary>The same schema with more help on one key, for what only this content set knows (its senders).</summary>
    public Schema WithHelp(string key, string more) => WithHelp(key, more, more);

    /// <summary>The same schema with more help on one key, worded in Dutch and English.</summary>
    public Schema WithHelp(string key, string moreNl, string moreEn) =>
        new(Name, Fields.Values.Select(f => f.Key == key
            ? f with
            {
                Help = f.Help.Length == 0 ? moreEn : f.Help + "; " + moreEn,
                HelpNl = f.HelpWording.Nl.Length == 0 ? moreNl : f.HelpWording.Nl + "; " + moreNl,
            }
            : f));
}
