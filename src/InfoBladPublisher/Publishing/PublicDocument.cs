using InfoBladPublisher.Model;

namespace InfoBladPublisher.Publishing;

/// <summary>A related document, by id, and how it relates (a TOOI role).</summary>
internal sealed record Relation(string Id, TooiTerm Role);

/// <summary>A document of a public release as its feed and the Woo-index know it: the defaults of its type resolved, its relations both ways.</summary>
internal sealed record PublicDocument(Document Document, TooiTerm Informatiecategorie, TooiTerm? Documentsoort, string? Summary, IReadOnlyList<Relation> Relations)
{
    /// <summary>
    /// Every public document of a release with what its record needs. A concept is not published to the index,
    /// and nor is a relation to one. A bijlage without a category of its own takes its main document's.
    /// </summary>
    /// <param name="concepts">Take the concepts too: the release's own pages show every document it carries.</param>
    public static IReadOnlyList<PublicDocument> Of(IReadOnlyList<Document> documents, bool concepts = false)
    {
        var published = documents.Where(d => concepts || !d.Meta.IsConcept).ToDictionary(d => d.Id, StringComparer.Ordinal);
        return published.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(doc => new PublicDocument(
            doc,
            CategoryOf(doc, published),
            doc.Meta.Documentsoort ?? doc.Meta.Type.Documentsoort,
            doc.Meta.Samenvatting ?? Markdown.BodyText.FirstParagraph(doc.Body),
            RelationsOf(doc, published))).ToList();
    }

    private static TooiTerm CategoryOf(Document doc, IReadOnlyDictionary<string, Document> published) =>
        doc.Meta.Informatiecategorie
        ?? (doc.Meta.Hoofddocument is { } parent && published.TryGetValue(parent, out var main) && main.Meta.Hoofddocument is null ? CategoryOf(main, published) : null)
        ?? doc.Meta.Type.Informatiecategorie;

    private static List<Relation> RelationsOf(Document doc, IReadOnlyDictionary<string, Document> published)
    {
        var relations = published.Values
            .Where(other => other.Meta.Hoofddocument == doc.Id)
            .OrderBy(other => other.Id, StringComparer.Ordinal)
            .Select(other => new Relation(other.Id, Tooi.HeeftBijlage))
            .ToList();
        if (doc.Meta.Hoofddocument is { } parent && published.ContainsKey(parent))
        {
            relations.Add(new Relation(parent, Tooi.VerwijstNaar));
        }

        relations.AddRange(doc.Meta.VerwijstNaar.Where(published.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => new Relation(id, Tooi.VerwijstNaar)));
        return relations;
    }
}
