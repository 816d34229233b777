namespace InfoBladPublisher.Pipeline;

/// <param name="ReleasesRoot">Releases go to ReleasesRoot/Version/.</param>
/// <param name="Parallelism">Documents paginated at once; the build machines have two cores.</param>
public sealed record PublishOptions(
    string ContentRoot,
    string TemplateRoot,
    string NodeModules,
    string ReleasesRoot,
    string Version,
    string ChromiumPath,
    int Parallelism = 2)
{
    /// <summary>Which paged-media engine paginates (<see cref="Rendering.Pdf.PagedMediaEngines.Names"/>).</summary>
    public string Engine { get; init; } = Rendering.Pdf.PagedMediaEngines.Default;

    /// <summary>Where PDFs of earlier runs are kept (content-addressed); null renders every document.</summary>
    public string? CacheFolder { get; init; }

    public string FontsFolder => FontsFolderIn(NodeModules);

    /// <summary>Where npm puts the bundled Fira Sans.</summary>
    public static string FontsFolderIn(string nodeModules) => Path.Combine(nodeModules, "@fontsource", "fira-sans", "files");
}
