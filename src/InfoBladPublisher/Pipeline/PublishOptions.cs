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
    public string FontsFolder => Path.Combine(NodeModules, "@fontsource", "fira-sans", "files");
}
