using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Validation;

/// <summary>
/// One key a YAML file may carry. <paramref name="AllowEmpty"/> keeps a deliberately blank field, as on the seed bijlage.
/// <paramref name="About"/> says what the key means, for the editors' hover (the JSON Schemas); <paramref name="Help"/>
/// is what a message tells the editor to write; <paramref name="HelpNl"/> is the same in Dutch (the English is used
/// where a schema does not word it yet).
/// <paramref name="Entries"/> is the schema of each entry of a <see cref="FieldKind.MappingList"/> whose entries have fixed keys.
/// </summary>
internal sealed record FieldSpec(
    string Key,
    FieldKind Kind,
    bool Required = false,
    IReadOnlyList<string>? AllowedValues = null,
    bool AllowEmpty = false,
    string Help = "",
    Schema? Entries = null,
    string About = "",
    string HelpNl = "")
{
    /// <summary>The help in Dutch and English, for the messages.</summary>
    public Wording HelpWording => new(HelpNl.Length > 0 ? HelpNl : Help, Help);
}
