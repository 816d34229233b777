using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfoBladPublisher.Review.Selection;

public enum PlannedChange
{
    /// <summary>Every input the same on both sides: the document is not rendered for the review.</summary>
    SameInputs,
    InputsChanged,
    Added,
    Removed,
}

/// <param name="ChangedInputs">What differs, in words: <c>tekst.md</c>, <c>dataset x: versie 1 → versie 2</c>, <c>templates/print/nota.typ</c>.</param>
/// <param name="Title">The titel its document.yml gives (the head's, else the base's), to name it in the report.</param>
public sealed record PlannedDocument(string Id, PlannedChange Change, IReadOnlyList<string> ChangedInputs, string? Title = null);

/// <summary>
/// Which documents a review renders: those whose inputs differ between base and head (and those added or
/// removed). The others are listed in the report as unchanged, and never rendered or pictured.
/// </summary>
public sealed record ReviewPlan(IReadOnlyList<PlannedDocument> Documents)
{
    public const string FileName = "plan.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The documents to render on the base side: changed and removed ones.</summary>
    public IReadOnlyList<string> BaseDocuments => [.. Documents.Where(d => d.Change is PlannedChange.InputsChanged or PlannedChange.Removed).Select(d => d.Id)];

    /// <summary>The documents to render on the head side: changed and added ones.</summary>
    public IReadOnlyList<string> HeadDocuments => [.. Documents.Where(d => d.Change is PlannedChange.InputsChanged or PlannedChange.Added).Select(d => d.Id)];

    public PlannedDocument? Find(string id) => Documents.FirstOrDefault(d => d.Id == id);

    public static ReviewPlan Compare(SideInputs baseSide, SideInputs headSide)
    {
        var documents = new List<PlannedDocument>();
        foreach (var id in baseSide.Documents.Keys.Union(headSide.Documents.Keys).Order(StringComparer.Ordinal))
        {
            var before = baseSide.Documents.GetValueOrDefault(id);
            var after = headSide.Documents.GetValueOrDefault(id);
            var planned = (before, after) switch
            {
                (null, _) => new PlannedDocument(id, PlannedChange.Added, []),
                (_, null) => new PlannedDocument(id, PlannedChange.Removed, []),
                _ when Differences(before, after) is { Count: > 0 } changed => new PlannedDocument(id, PlannedChange.InputsChanged, changed),
                _ => new PlannedDocument(id, PlannedChange.SameInputs, []),
            };
            documents.Add(planned with { Title = headSide.Titles.GetValueOrDefault(id) ?? baseSide.Titles.GetValueOrDefault(id) });
        }

        return new ReviewPlan(documents);
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <exception cref="JsonException">Not a plan.</exception>
    public static ReviewPlan Parse(byte[] json) => JsonSerializer.Deserialize<ReviewPlan>(json, Json) ?? throw new JsonException("empty plan");

    private static List<string> Differences(IReadOnlyList<DocumentInput> before, IReadOnlyList<DocumentInput> after)
    {
        var old = before.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var now = after.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var name in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var (a, b) = (old.GetValueOrDefault(name), now.GetValueOrDefault(name));
            if (a is null)
            {
                changed.Add(name + " (new)");
            }
            else if (b is null)
            {
                changed.Add(name + " (gone)");
            }
            else if (a.Hash != b.Hash)
            {
                changed.Add(a.Version is not null && b.Version is not null && a.Version != b.Version ? $"{name}: {a.Version} → {b.Version}" : name);
            }
        }

        return changed;
    }
}
