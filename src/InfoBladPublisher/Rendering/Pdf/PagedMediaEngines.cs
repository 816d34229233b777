namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>The engines a publish can lay out with, by name. A second engine is one class and one line here.</summary>
internal static class PagedMediaEngines
{
    public const string Default = TypstEngine.EngineName;

    private static readonly Dictionary<string, Func<EngineOptions, Task<IPagedMediaEngine>>> Starters = new(StringComparer.Ordinal)
    {
        [TypstEngine.EngineName] = TypstEngine.StartAsync,
    };

    public static IReadOnlyCollection<string> Names => Starters.Keys;

    /// <summary>The engine's version as installed, with what else decides its output (its fonts), read without starting it.</summary>
    /// <exception cref="MissingToolException">The engine's package is not installed.</exception>
    internal static string VersionOf(string name, string nodeModules) => name switch
    {
        TypstEngine.EngineName => TypstEngine.Identity(nodeModules),
        _ => throw new ArgumentException($"no print engine '{name}'", nameof(name)),
    };

    /// <summary>The engine's installed package folder, for stamps of what a render depends on.</summary>
    internal static string PackageFolderOf(string name, string nodeModules) => name switch
    {
        TypstEngine.EngineName => TypstEngine.PackageFolder(nodeModules),
        _ => throw new ArgumentException($"no print engine '{name}'", nameof(name)),
    };

    /// <exception cref="MissingToolException">The engine's package or its fonts are not installed.</exception>
    internal static Task<IPagedMediaEngine> StartAsync(string name, EngineOptions options) =>
        Starters.TryGetValue(name, out var start) ? start(options) : throw new ArgumentException($"no print engine '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
