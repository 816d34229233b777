namespace InfoBladPublisher.Pipeline;

/// <summary>What a publish did, so its closing line says exactly that, once.</summary>
public enum PublishOutcome
{
    /// <summary>Errors were reported; nothing was written.</summary>
    Failed,

    /// <summary>A version that did not exist yet was written.</summary>
    Published,

    /// <summary>The version existed with other files and <c>--replace</c> was given; the manifest records it.</summary>
    Replaced,

    /// <summary>The version held these same files, but its folder had been changed on disk; it was written again.</summary>
    Restored,

    /// <summary>The version already holds exactly these files; nothing was written.</summary>
    UpToDate,

    /// <summary>The version exists with other files and <c>--replace</c> was not given (IBP058); nothing was written.</summary>
    Refused,

    /// <summary>A shard rendered its documents into the cache; a shard writes no release.</summary>
    Sharded,
}
