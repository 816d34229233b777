namespace InfoBladPublisher.Model;

internal sealed record ContentSet(IReadOnlyDictionary<string, Organisation> Organisations, IReadOnlyList<Document> Documents);
