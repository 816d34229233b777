namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>The engines a publish can paginate with, by name. A second engine is one class and one line here.</summary>
internal static class PagedMediaEngines
{
    public const string Default = VivliostyleEngine.EngineName;

    private static readonly Dictionary<string, Func<BrowserOptions, Func<string, byte[]?>, Task<IPagedMediaEngine>>> Starters = new(StringComparer.Ordinal)
    {
        [VivliostyleEngine.EngineName] = async (options, assets) => await VivliostyleEngine.StartAsync(options, assets).ConfigureAwait(false),
    };

    public static IReadOnlyCollection<string> Names => Starters.Keys;

    /// <summary>The engine's version as installed, read without starting it.</summary>
    /// <exception cref="MissingToolException">The engine's package is not installed.</exception>
    internal static string VersionOf(string name, string nodeModules) => name switch
    {
        VivliostyleEngine.EngineName => VivliostyleEngine.PackageVersion(nodeModules),
        _ => throw new ArgumentException($"no paged-media engine '{name}'", nameof(name)),
    };

    /// <summary>The engine's installed package folder, for stamps of what a render depends on.</summary>
    internal static string PackageFolderOf(string name, string nodeModules) => name switch
    {
        VivliostyleEngine.EngineName => VivliostyleEngine.PackageFolder(nodeModules),
        _ => throw new ArgumentException($"no paged-media engine '{name}'", nameof(name)),
    };

    /// <param name="assets">Resolves a path below assets/ to its bytes, or null.</param>
    /// <exception cref="MissingToolException">The browser or the engine's package is not installed, or the browser did not start.</exception>
    internal static Task<IPagedMediaEngine> StartAsync(string name, BrowserOptions options, Func<string, byte[]?> assets) =>
        Starters.TryGetValue(name, out var start) ? start(options, assets) : throw new ArgumentException($"no paged-media engine '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
