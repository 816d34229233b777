namespace InfoBladPublisher.Content;

/// <summary>Where things live under content/. Documented in docs/editors-guide.md.</summary>
internal static class ContentLayout
{
    public const string OrganisationsFolder = "organisaties";
    public const string DocumentsFolder = "documenten";
    public const string MetadataFile = "document.yml";
    public const string BodyFile = "tekst.md";
}
