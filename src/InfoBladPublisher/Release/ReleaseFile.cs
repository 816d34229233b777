namespace InfoBladPublisher.Release;

/// <summary>One file of a release, in memory until the whole release is known to be good.</summary>
internal sealed record ReleaseFile(string Path, byte[] Content);
