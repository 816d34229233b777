using System.Text.Json;
using System.Text.Json.Nodes;
using InfoBladPublisher.Authoring;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Tests.Support;
using Json.Schema;

namespace InfoBladPublisher.Tests.Authoring;

/// <summary>
/// The JSON Schemas in schemas/ are generated from the reader's field tables, the content in content/ meets
/// them as a JSON Schema library judges it, and a wrong file is refused by the schema and by check alike.
/// </summary>
public sealed class EditorSchemaTests
{
    private const string Modeline = "# yaml-language-server: $schema=";

    private static readonly string Folder = Path.Combine(RepoPaths.Root, EditorSchemas.Folder);

    [Fact]
    public void The_committed_schemas_Should_be_the_ones_the_field_tables_give()
    {
        var generated = EditorSchemas.Generate();

        Assert.All(generated, g => Assert.Equal(g.Value, File.ReadAllText(Path.Combine(Folder, g.Key))));
        Assert.Equal(generated.Select(g => g.Key).Order(StringComparer.Ordinal), Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_key_in_every_schema_Should_say_what_it_means_for_the_hover()
    {
        var silent = new List<string>();
        foreach (var (name, text) in EditorSchemas.Generate())
        {
            Walk(JsonNode.Parse(text)!, name);
        }

        Assert.True(silent.Count == 0, "no description: " + string.Join(", ", silent));

        void Walk(JsonNode node, string where)
        {
            if (node is not JsonObject obj)
            {
                return;
            }

            if (obj["properties"] is JsonObject properties)
            {
                foreach (var (key, value) in properties)
                {
                    if (value?["description"]?.GetValue<string>() is not { Length: > 0 })
                    {
                        silent.Add($"{where}: {key}");
                    }

                    Walk(value!, $"{where}: {key}");
                }
            }

            if (obj["items"] is { } items)
            {
                Walk(items, where);
            }
        }
    }

    [Fact]
    public void The_schemas_command_with_check_Should_name_a_stale_schema_and_leave_it()
    {
        using var tree = new TempTree();
        EditorSchemas.WriteAll(tree.PathOf("schemas"));
        var stale = tree.PathOf("schemas/nota.schema.json");
        File.WriteAllText(stale, "{}\n");

        var (exit, _, err) = CliProcess.Run("schemas", "--check", "--output", tree.PathOf("schemas"));

        Assert.Equal(1, exit);
        Assert.Contains($"{stale}:1:1: error {DiagnosticCodes.SchemaOutOfDate}", err, StringComparison.Ordinal);
        Assert.Equal("{}\n", File.ReadAllText(stale));
    }

    public static TheoryData<string> ContentFiles() =>
    [
        .. Directory.GetFiles(Path.Combine(RepoPaths.Content, "documenten"), "document.yml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Content, "organisaties"), "*.yml"))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Content, "datasets"), "dataset.yml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f)).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_Should_meet_its_schema(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, file));

        var results = Evaluate(SchemaOf(file, yaml), yaml);

        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_Should_name_its_schema_on_its_first_line(string file)
    {
        var path = Path.Combine(RepoPaths.Root, file);
        var yaml = File.ReadAllText(path);

        var first = yaml.Split('\n')[0];

        Assert.StartsWith(Modeline, first, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Folder, SchemaOf(file, yaml)), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first[Modeline.Length..])));
    }

    [Theory]
    [MemberData(nameof(NewTypes))]
    public void A_new_document_with_its_placeholders_filled_Should_meet_its_schema(string type)
    {
        using var tree = new ContentTree();
        var folder = DocumentScaffold.Create(tree.ContentRoot, type, "proef", "proef", new DateOnly(2026, 12, 7), new DiagnosticBag())!;
        var yaml = File.ReadAllText(Path.Combine(folder, "document.yml"));

        var filled = System.Text.RegularExpressions.Regex.Replace(yaml, "\"\\[invullen[^\\]]*\\]\"", "\"Proef\"");

        Assert.False(Evaluate(FileName(DocumentType.Named(type)!), yaml.Replace("type: " + type, "type: onbekend", StringComparison.Ordinal)).IsValid);
        Assert.True(Evaluate(FileName(DocumentType.Named(type)!), filled).IsValid, Errors(Evaluate(FileName(DocumentType.Named(type)!), filled)));
    }

    [Fact]
    public void The_workspace_Should_recommend_the_YAML_extension_and_map_only_schemas_that_exist()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "extensions.json")))!;
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")))!;

        Assert.Contains("redhat.vscode-yaml", extensions["recommendations"]!.AsArray().Select(e => e!.GetValue<string>()));
        var mapped = settings["yaml.schemas"]!.AsObject();
        Assert.NotEmpty(mapped);
        Assert.All(mapped, m => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, m.Key)), m.Key));
    }

    public static TheoryData<string> NewTypes() => [.. DocumentScaffold.TypeNames];

    [Theory]
    [InlineData("unknown key", "aan: De minister", "aan: De minister\nstatuss: concept", "IBP003")]
    [InlineData("wrong type", "aan: De minister", "aan:\n  - De minister", "IBP004")]
    [InlineData("a date that is no day", "datum: 2024-06-07", "datum: 2024-13-45", "IBP005")]
    [InlineData("a date in words", "datum: 2024-06-07", "datum: 7 juni 2024", "IBP005")]
    [InlineData("a status not in the list", "status: definitief", "status: klaar", "IBP006")]
    [InlineData("a required key left out", "kenmerk: \"123\"\n", "", "IBP002")]
    public void A_wrong_file_Should_be_refused_by_the_schema_and_by_check(string what, string from, string to, string code)
    {
        var yaml = ContentTree.NotaYaml.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(ContentTree.NotaYaml, yaml);
        Assert.True(Evaluate(FileName(DocumentType.Nota), ContentTree.NotaYaml).IsValid, "the fixture itself meets the schema");

        var results = Evaluate(FileName(DocumentType.Nota), yaml);

        Assert.False(results.IsValid, what + ": the schema accepts it");
        using var tree = new ContentTree();
        tree.Nota(yaml, ContentTree.NotaBody);
        var (exit, _, err) = CliProcess.Run("check", "--content", tree.ContentRoot);
        Assert.Equal(1, exit);
        Assert.Contains($"error {code}:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_column_of_an_unknown_type_Should_be_refused_by_the_schema()
    {
        var yaml = ContentTree.DatasetYaml(type: "getal");

        Assert.True(Evaluate(EditorSchemas.DatasetFile, ContentTree.DatasetYaml()).IsValid, Errors(Evaluate(EditorSchemas.DatasetFile, ContentTree.DatasetYaml())));
        Assert.False(Evaluate(EditorSchemas.DatasetFile, yaml).IsValid);
    }

    /// <summary>Read once: the library registers each schema by its address and refuses a second registration.</summary>
    private static readonly Lazy<Dictionary<string, JsonSchema>> Parsed = new(() => Directory.GetFiles(Folder).ToDictionary(
        f => Path.GetFileName(f),
        f => JsonSchema.FromText(File.ReadAllText(f), baseUri: new Uri($"https://infoblad.example/schemas/{Path.GetFileName(f)}")),
        StringComparer.Ordinal));

    private static string FileName(DocumentType type) => EditorSchemas.FileNameFor(type);

    /// <summary>A document by its type; the others by their folder.</summary>
    private static string SchemaOf(string file, string yaml) =>
        file.Contains("organisaties", StringComparison.Ordinal) ? EditorSchemas.OrganisationFile
        : file.Contains("datasets", StringComparison.Ordinal) ? EditorSchemas.DatasetFile
        : FileName(DocumentType.Named(YamlAsJson.Read(yaml)!["type"]!.GetValue<string>())!);

    private static EvaluationResults Evaluate(string schemaFile, string yaml)
    {
        var schema = Parsed.Value[schemaFile];
        var instance = JsonSerializer.SerializeToElement(YamlAsJson.Read(yaml));
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
