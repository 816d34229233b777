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
}
