namespace InfoBladPublisher.Templates;

/// <summary>Where things live under templates/. Documented in docs/template-guide.md.</summary>
internal static class TemplateLayout
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";
    public const string AssetsFolder = "assets";
    public const string Extension = ".sbn";
    public const string IndexLayout = "index";
}
