using System.CommandLine;

namespace InfoBladPublisher.Cli;

/// <summary>The options every command shares, with defaults found from the project root, wherever in the repository the command runs (<see cref="ProjectRoot"/>).</summary>
internal static class CliOptions
{
    public const string JsonFormat = "json";

    public static Option<string> Format { get; } = new Option<string>("--format") { Description = "How to print diagnostics: text (file:line:col: error CODE: message) or json", DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", JsonFormat);

    public static Option<string> Content { get; } = new("--content") { Description = "The content folder (YAML, Markdown)", DefaultValueFactory = _ => ProjectRoot.Default("content") };

    public static Option<string> Templates { get; } = new("--templates") { Description = "The template folder (Scriban layouts, partials, assets)", DefaultValueFactory = _ => ProjectRoot.Default("templates") };

    public static Option<string> NodeModules { get; } = new("--node-modules") { Description = "Where 'npm ci' put the print engine (Typst) and the fonts", DefaultValueFactory = _ => ProjectRoot.Default("node_modules") };

    public static Option<string> Output { get; } = new("--output") { Description = "The releases folder; the release goes to OUTPUT/VERSION/", DefaultValueFactory = _ => ProjectRoot.Default(Path.Combine("artifacts", "release")) };

    public static Option<string> Version { get; } = new("--release-version") { Description = "The release's version, used as its folder name", DefaultValueFactory = _ => "dev" };

    public static Option<string> Chromium { get; } = new("--chromium") { Description = "Path of the Chromium binary that takes the screenshots", DefaultValueFactory = _ => InfoBladPublisher.Rendering.Browser.BrowserOptions.DefaultChromium };
}
