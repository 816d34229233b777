namespace InfoBladPublisher.Review.Selection;

/// <summary>One thing a document is rendered from, named as a reviewer would name it, with the hash of its bytes.</summary>
/// <param name="Name">tekst.md, organisatie jenv-dgm, dataset asiel-nareis, templates/partials/colofon.sbn, doc:andere-nota …</param>
/// <param name="Hash">SHA-256 of its bytes (for a dataset: of all its files), or what stands in for them ("missing").</param>
/// <param name="Version">For a dataset, its versie and peildatum, to say what changed in words.</param>
public sealed record DocumentInput(string Name, string Hash, string? Version = null);
