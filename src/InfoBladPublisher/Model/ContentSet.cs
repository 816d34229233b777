namespace InfoBladPublisher.Model;

public sealed record ContentSet(IReadOnlyDictionary<string, Organisation> Organisations, IReadOnlyList<Document> Documents);
