namespace InfoBladPublisher.Release;

/// <summary>A page kept on disk in the cache, with the hash and length it was stored with.</summary>
internal sealed record StoredPage(string Path, string Sha256, long Length);
