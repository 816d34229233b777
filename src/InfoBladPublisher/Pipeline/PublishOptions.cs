namespace InfoBladPublisher.Pipeline;

/// <param name="ReleasesRoot">Releases go to ReleasesRoot/Version/.</param>
/// <param name="Parallelism">Documents laid out at once, each by its own Typst worker; by default one per core.</param>
public sealed record PublishOptions(
    string ContentRoot,
    string TemplateRoot,
    string NodeModules,
    string ReleasesRoot,
    string Version,
    int Parallelism = 0)
{
    /// <summary>The engine's workers: <see cref="Parallelism"/>, or the number of cores when it is 0 or less.</summary>
    public int Pages => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;

    /// <summary>Which print engine lays the documents out (<see cref="Rendering.Pdf.PagedMediaEngines.Names"/>).</summary>
    public string Engine { get; init; } = Rendering.Pdf.PagedMediaEngines.Default;

    /// <summary>Where PDFs of earlier runs are kept (content-addressed); null renders every document.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// What one layout of one document may take before its worker is stopped and it fails with IBP051. A
    /// 300-page nota compiles in about 4 s; the margin is for a slow machine, not for the engine.
    /// </summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The source commit, written into the manifest (Cake passes git's HEAD).</summary>
    public string? Commit { get; init; }

    /// <summary>
    /// The tracked files that differ from <see cref="Commit"/> (Cake lists them with git); empty for a clean
    /// tree, null when not known. Recorded in the manifest.
    /// </summary>
    public IReadOnlyList<string>? WorkTreeChanges { get; init; }

    /// <summary>
    /// The internal build: Woo-marked passages shown, highlighted, and INTERN on every page. It goes to
    /// ReleasesRoot/intern/Version/ with a cache of its own, so it can never be taken for, or feed, the release.
    /// </summary>
    public bool Intern { get; init; }

    public const string InternFolder = "intern";

    /// <summary>
    /// Allow concept documents in the release (each marked CONCEPT on every page). Off: a concept is an error
    /// (IBP025). The internal build and previews always allow them, since they are never the release.
    /// </summary>
    public bool Concepts { get; init; }

    /// <summary>Where the release will be online, ending in '/': the sitemaps' addresses. Null: a placeholder, and a warning.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>These options as the internal build uses them: its own folder for releases and for the cache.</summary>
    public PublishOptions AsIntern() => this with
    {
        ReleasesRoot = Path.Combine(ReleasesRoot, InternFolder),
        CacheFolder = CacheFolder is null ? null : Path.Combine(CacheFolder, InternFolder),
    };

    /// <summary>False: the cache folder is only a spool for this run's PDFs (nothing is looked up).</summary>
    public bool CacheReads { get; init; } = true;

    /// <summary>Render only this share of the documents into the cache, and write no release.</summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// For a review: render and publish only these documents (every document is still loaded and checked, so
    /// the head's errors are all reported). The release then holds only them; it is never recorded as up to date.
    /// </summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>
    /// Replace a release of this version whose files differ (recorded in the new manifest). Without it such a
    /// publish is refused (IBP058) and the published release is left as it was.
    /// </summary>
    public bool Replace { get; init; }

    /// <summary>
    /// The language of the lines the run writes itself ("2 documenten gecontroleerd…", the progress lines). The CLI
    /// passes its --lang; other callers get the environment's setting, else Dutch, as the CLI does.
    /// </summary>
    public Diagnostics.Language Language { get; init; } = Diagnostics.Languages.FromEnvironment();

    /// <summary>Make the release from the cache alone: a document not in it is an error (IBP054), never rendered.</summary>
    public bool AssembleOnly { get; init; }

    public string FontsFolder => FontsFolderIn(NodeModules);

    /// <summary>Where npm puts the bundled Fira Sans.</summary>
    public static string FontsFolderIn(string nodeModules) => Path.Combine(nodeModules, "@fontsource", "fira-sans", "files");
}
