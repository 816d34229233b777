using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfoBladPublisher.Validation;

/// <summary>
/// A <see cref="Schema"/> as a JSON Schema (draft-07, what the YAML language server reads best), so an editor
/// gets completion and a red underline from the same field table <see cref="SchemaValidator"/> checks with.
/// Each kind accepts what the reader accepts, read as YAML 1.2 reads it: an unquoted <c>5277899</c> is a number
/// and still a fine kenmerk, an unquoted <c>ja</c> is text and still a boolean.
/// </summary>
internal static class JsonSchemaWriter
{
    private const string NotBlank = @"\S";

    public static JsonObject Write(Schema schema, string title, string description)
    {
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in Object(schema))
        {
            root[key] = value?.DeepClone();
        }

        return root;
    }

    /// <summary>Indented, with '\n' line ends and a final newline, so the committed file is the same on every machine.</summary>
    public static string Text(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static JsonObject Object(Schema schema)
    {
        var properties = new JsonObject();
        foreach (var field in schema.Fields.Values)
        {
            properties[field.Key] = Field(field);
        }

        var required = new JsonArray(schema.Fields.Values.Where(f => f.Required).Select(f => (JsonNode?)JsonValue.Create(f.Key)).ToArray());
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            // The reader refuses an unknown key (IBP003), so the editor underlines it.
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Field(FieldSpec field)
    {
        var node = field.Kind switch
        {
            FieldKind.Text when field.AllowedValues is { } allowed => new JsonObject { ["type"] = "string", ["enum"] = Strings(allowed) },
            FieldKind.Text when field.AllowEmpty => new JsonObject { ["type"] = Types("string", "number", "boolean", "null") },
            FieldKind.Text => Scalar(),
            FieldKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" },
            FieldKind.WholeNumber => new JsonObject { ["type"] = Types("integer", "string"), ["minimum"] = 0, ["pattern"] = "^[0-9]+$" },
            FieldKind.Boolean => new JsonObject { ["enum"] = new JsonArray(true, false, "ja", "nee", "Ja", "Nee", "JA", "NEE", "true", "false") },
            FieldKind.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = Types("string", "number", "boolean", "null") } },
            FieldKind.TextMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = Scalar() },
            FieldKind.MappingList => new JsonObject
            {
                ["type"] = "array",
                ["items"] = field.Entries is { } entries ? Object(entries) : new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = Types("string", "number", "boolean", "null") } },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "a field kind without a JSON Schema"),
        };
        var description = string.Join("; ", new[] { field.About, field.Help }.Where(t => t.Length > 0));
        if (description.Length > 0)
        {
            node["description"] = description;
        }

        return node;
    }

    /// <summary>A single value that is not blank: text, or a number or boolean YAML reads from plain text.</summary>
    private static JsonObject Scalar() => new() { ["type"] = Types("string", "number", "boolean"), ["pattern"] = NotBlank };

    private static JsonArray Types(params string[] names) => Strings(names);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
