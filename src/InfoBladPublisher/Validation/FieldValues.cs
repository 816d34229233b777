using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Validation;

/// <summary>The checked, typed values of one YAML file, each with the position of its value.</summary>
internal sealed class FieldValues
{
    private readonly Dictionary<string, (object Value, SourcePosition Position)> _values = new(StringComparer.Ordinal);

    public FieldValues(SourcePosition filePosition) => FilePosition = filePosition;

    public SourcePosition FilePosition { get; }

    internal void Set(string key, object value, SourcePosition position) => _values[key] = (value, position);

    public bool Has(string key) => _values.ContainsKey(key);

    public SourcePosition PositionOf(string key) =>
        _values.TryGetValue(key, out var entry) ? entry.Position : FilePosition;

    public string? Text(string key) => Get<string>(key);

    /// <summary>The checked value as its kind gives it (text, list, number…), or null when absent.</summary>
    public object? Value(string key) => _values.TryGetValue(key, out var e) ? e.Value : null;

    public DateOnly? Date(string key) => _values.TryGetValue(key, out var e) && e.Value is DateOnly d ? d : null;

    public int? WholeNumber(string key) => _values.TryGetValue(key, out var e) && e.Value is int i ? i : null;

    public bool? Boolean(string key) => _values.TryGetValue(key, out var e) && e.Value is bool b ? b : null;

    public IReadOnlyList<string> List(string key) => Get<IReadOnlyList<string>>(key) ?? [];

    public IReadOnlyList<MapEntry> Map(string key) => Get<IReadOnlyList<MapEntry>>(key) ?? [];

    /// <summary>A list of mappings (dataset columns, rows), left as nodes so the caller can check each with positions.</summary>
    public IReadOnlyList<YamlDotNet.RepresentationModel.YamlMappingNode> Mappings(string key) =>
        Get<IReadOnlyList<YamlDotNet.RepresentationModel.YamlMappingNode>>(key) ?? [];

    private T? Get<T>(string key)
        where T : class =>
        _values.TryGetValue(key, out var entry) ? entry.Value as T : null;
}
