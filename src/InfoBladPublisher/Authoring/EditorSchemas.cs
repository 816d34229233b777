using System.Text;
using InfoBladPublisher.Data;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Authoring;

/// <summary>
/// The JSON Schemas in <c>schemas/</c> that give editors completion and a red underline (the YAML language
/// server): one per document type, one for the organisation files, one for the dataset files. Generated from
/// the field tables the reader checks with, never written by hand; a test holds the committed files to them.
/// </summary>
internal static class EditorSchemas
{
    /// <summary>The folder beside <c>content/</c> that holds them.</summary>
    public const string Folder = "schemas";

    /// <summary>File name → text, in a stable order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Generate() =>
    [
        .. DocumentType.All.Select(t => File(FileNameFor(t),
            $"document.yml of {t.Article}", $"The metadata of {t.Article}: content/documenten/<datum>-<naam>/document.yml (docs/editors-guide.md)", ForType(t))),
        File(OrganisationFile, "an organisation", "A sender: content/organisaties/<id>.yml; a document names it by its id in 'afzender'", Schemas.Organisation),
        File(DatasetFile, "a dataset", "A dataset: content/datasets/<id>/dataset.yml, with its rows here or in data.csv beside it", DatasetSchemas.Dataset),
    ];

    public static string OrganisationFile => "organisatie.schema.json";

    public static string DatasetFile => "dataset.schema.json";

    /// <summary>The schema file of a document type, such as <c>nota.schema.json</c>.</summary>
    public static string FileNameFor(DocumentType type) => $"{type.Name}.schema.json";

    /// <summary>The first line of a document.yml that points the YAML language server at its type's schema.</summary>
    /// <remarks>Relative to content/documenten/&lt;id&gt;/, with <c>schemas/</c> beside <c>content/</c>, as in this repository.</remarks>
    public static string ModelineFor(DocumentType type) => $"# yaml-language-server: $schema=../../../{Folder}/{FileNameFor(type)}";

    /// <summary>The same line for content/organisaties/&lt;id&gt;.yml.</summary>
    public static string OrganisationModeline => $"# yaml-language-server: $schema=../../{Folder}/{OrganisationFile}";

    /// <summary>The same line for content/datasets/&lt;id&gt;/dataset.yml.</summary>
    public static string DatasetModeline => $"# yaml-language-server: $schema=../../../{Folder}/{DatasetFile}";

    /// <summary>Writes every schema into <paramref name="folder"/>; returns the files whose text changed.</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        var changed = new List<string>();
        foreach (var (name, text) in Generate())
        {
            var path = Path.Combine(folder, name);
            if (!System.IO.File.Exists(path) || System.IO.File.ReadAllText(path) != text)
            {
                System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
                changed.Add(path);
            }
        }

        return changed;
    }

    /// <summary>The type's own schema, its <c>type</c> fixed to its name, so a nota's file does not offer a bijlage's keys.</summary>
    private static Schema ForType(DocumentType type) =>
        new(type.Article, type.Schema.Fields.Values.Select(f => f.Key == K.Type ? f with { AllowedValues = [type.Name] } : f));

    private static KeyValuePair<string, string> File(string name, string title, string description, Schema schema) =>
        new(name, JsonSchemaWriter.Text(JsonSchemaWriter.Write(schema, title, description)));
}
