// InfoBladPublisher build: `dotnet cake` publishes a release, `dotnet cake --target=Test` runs every test.
// Tasks stay thin: the work is done by the infoblad CLI and the test project.
#load "build/settings.cake"
#load "build/prerequisites.cake"

var settings = BuildSettings.From(Context);

Task("Prerequisites")
    .Description("Chromium and poppler from apt (installed when root), then the pinned npm packages.")
    .Does(() =>
{
    SystemPackages.Ensure(Context);
    NpmPackages.Ensure(Context);
});

Task("Build")
    .IsDependentOn("Prerequisites")
    .Does(() =>
{
    DotNetBuild("InfoBladPublisher.sln", new DotNetBuildSettings { Configuration = settings.Configuration, NoLogo = true });
});

Task("Check")
    .Description("Validate content and templates only (fast, no browser).")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, "check"));

Task("Publish")
    .Description("Publish artifacts/release/<version>/: PDF and HTML per document, index.html, manifest.json.")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, $"publish --release-version {settings.Version} --output {settings.ReleasesRoot}"));

Task("Test")
    .Description("Every test: validation, templates, rendering (PDF page checks), HTML.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest("tests/InfoBladPublisher.Tests/InfoBladPublisher.Tests.csproj", new DotNetTestSettings
    {
        Configuration = settings.Configuration,
        NoBuild = true,
        NoLogo = true,
        Loggers = new[] { "console;verbosity=normal", "trx;LogFileName=tests.trx" },
        ResultsDirectory = "artifacts/test-results",
    });
});

Task("UpdateBaselines")
    .Description("Rewrite the visual baselines under tests/InfoBladPublisher.Tests/Baselines from the current tree. The only thing that does.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var release = "artifacts/baseline-release";
    Infoblad(settings, $"publish --release-version baseline --output {release}");
    Infoblad(settings, $"snapshot --release {release}/baseline --output tests/InfoBladPublisher.Tests/Baselines");
});

Task("Default").IsDependentOn("Publish");

RunTarget(settings.Target);

void Infoblad(BuildSettings s, string arguments)
{
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --project src/InfoBladPublisher.Cli --configuration {s.Configuration} --no-build -- {arguments}",
    });
    if (exit != 0)
    {
        throw new Exception($"infoblad {arguments.Split(' ')[0]} failed (exit code {exit}); see the messages above");
    }
}
