// InfoBladPublisher build: `dotnet cake` publishes a release, `dotnet cake --target=Test` runs every test.
// Tasks stay thin: the work is done by the infoblad CLI and the test project.
#load "build/settings.cake"
#load "build/prerequisites.cake"
#load "build/uptodate.cake"

var settings = BuildSettings.From(Context);

Task("Prerequisites")
    .Description("The pinned npm packages: the Typst print engine and the fonts. Publishing needs nothing else.")
    .Does(() =>
{
    NpmPackages.Ensure(Context);
});

Task("BrowserTools")
    .Description("Chromium and poppler from apt (installed when root): for the tests, screenshots, axe and the review report, never for a publish.")
    .Does(() =>
{
    SystemPackages.Ensure(Context);
});

Task("Build")
    .Description("Restore and build the solution; skipped when no source file changed since the last build (build/uptodate.cake).")
    .IsDependentOn("Prerequisites")
    .Does(() =>
{
    var stamp = BuildStamp.Compute(settings.Configuration);
    var outputs = new[]
    {
        $"src/InfoBladPublisher.Cli/bin/{settings.Configuration}/net10.0/infoblad.dll",
        $"tests/InfoBladPublisher.Tests/bin/{settings.Configuration}/net10.0/InfoBladPublisher.Tests.dll",
    };
    if (BuildStamp.IsCurrent(settings.Configuration, stamp, outputs))
    {
        Information("Build is up to date (no source file changed since the last build)");
        return;
    }

    DotNetBuild("InfoBladPublisher.sln", new DotNetBuildSettings { Configuration = settings.Configuration, NoLogo = true });
    BuildStamp.Record(settings.Configuration, stamp);
});

Task("Check")
    .Description("Validate content and templates only (fast, no browser).")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, "check"));

Task("Schemas")
    .Description("Write schemas/*.schema.json (document.yml per type, organisations, datasets) from the field tables check uses; commit the result.")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, "schemas"));

Task("Serve")
    .Description("Live preview on http://localhost:4321/ (also 127.0.0.1 and [::1]) that rebuilds on save (Ctrl+C stops it).")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, "serve"));

Task("Publish")
    .Description("Publish artifacts/release/<version>/: PDF and HTML per document, index.html, manifest.json. A concept is an error unless --concepts=true; a version already published with other files is refused unless --replace=true.")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, $"publish --release-version {settings.Version} --output {settings.ReleasesRoot}{settings.Sources}{settings.Concepts}{settings.Replace}"));

Task("Intern")
    .Description("The internal build in artifacts/release/intern/<version>/: Woo-marked passages shown, highlighted, INTERN on every page. Never the release.")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, $"publish --intern --release-version {settings.Version} --output {settings.ReleasesRoot}{settings.Sources}"));

Task("PublishShard")
    .Description("Render share --shard=K/N of the documents into the cache (a CI matrix job); writes no release. Then Assemble.")
    .IsDependentOn("Build")
    .Does(() =>
{
    if (string.IsNullOrEmpty(settings.Shard))
    {
        throw new Exception("PublishShard needs --shard=K/N, for example --shard=2/4");
    }

    Infoblad(settings, $"publish --shard {settings.Shard} --release-version {settings.Version} --output {settings.ReleasesRoot}{settings.Sources}");
});

Task("Assemble")
    .Description("Make the release from the cache the shards filled; fails if any document is missing from it (IBP054).")
    .IsDependentOn("Build")
    .Does(() => Infoblad(settings, $"assemble --release-version {settings.Version} --output {settings.ReleasesRoot}{settings.Sources}{settings.Concepts}{settings.Replace}"));

Task("Test")
    .IsDependentOn("BrowserTools")
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

Task("CleanCache")
    .Description("Delete the PDF cache (artifacts/cache/); the next publish renders every document.")
    .Does(() =>
{
    if (DirectoryExists("artifacts/cache"))
    {
        DeleteDirectory("artifacts/cache", new DeleteDirectorySettings { Recursive = true, Force = true });
    }
});

Task("Benchmark")
    .IsDependentOn("BrowserTools")
    .Description("The editor's loop measured on this machine (check, preview save → page and PDF); writes artifacts/benchmarks/editor.md. Figures, not a test.")
    .IsDependentOn("Build")
    .Does(() =>
{
    StartProcess("./infoblad", "--help"); // compiles the ahead-of-time CLI the benchmark also measures
    DotNetRun("tests/InfoBladPublisher.Benchmarks/InfoBladPublisher.Benchmarks.csproj", new DotNetRunSettings { Configuration = settings.Configuration, NoBuild = true });
});

Task("BenchmarkRelease")
    .IsDependentOn("BrowserTools")
    .Description("Releases measured on generated corpora of 1, 10 and 100 documents, with the peer tools (installed by tests/benchmark-peers/setup.sh); writes artifacts/benchmarks/release.md and docs/performance.md. Figures, not a test; about half an hour.")
    .IsDependentOn("Build")
    .Does(() =>
{
    SystemPackages.Run(Context, "bash", "tests/benchmark-peers/setup.sh");
    StartProcess("bash", "./infoblad --help"); // compiles the ahead-of-time CLI the benchmark runs
    var extra = Argument("benchmark-args", "");
    var exit = StartProcess("dotnet", new ProcessSettings { Arguments = $"tests/InfoBladPublisher.Benchmarks/bin/{settings.Configuration}/net10.0/benchmarks.dll release --write-docs {extra}" });
    if (exit != 0)
    {
        throw new Exception($"the release benchmark failed (exit code {exit})");
    }
});

Task("StressTest")
    .IsDependentOn("BrowserTools")
    .Description("The layout gate on a generated corpus: --stress-seed=N --stress-documents=N (default: the corpus CI runs).")
    .IsDependentOn("Build")
    .Does(() =>
{
    var seed = Argument("stress-seed", "");
    var documents = Argument("stress-documents", "");
    DotNetTest("tests/InfoBladPublisher.Tests/InfoBladPublisher.Tests.csproj", new DotNetTestSettings
    {
        Configuration = settings.Configuration,
        NoBuild = true,
        NoLogo = true,
        Filter = "FullyQualifiedName~StressCorpusTests.Every_", // the variety test is for the default corpus
        Loggers = new[] { "console;verbosity=detailed" },
        EnvironmentVariables = new Dictionary<string, string> { ["IB_STRESS_SEED"] = seed, ["IB_STRESS_DOCUMENTS"] = documents },
    });
});

Task("UpdateBaselines")
    .IsDependentOn("BrowserTools")
    .Description("Rewrite the visual baselines under tests/InfoBladPublisher.Tests/Baselines from the current tree. The only thing that does.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var release = "artifacts/baseline-release";
    // The baseline release is rebuilt from each tree: replacing it is the point.
    Infoblad(settings, $"publish --release-version baseline --output {release} --replace");
    Infoblad(settings, $"snapshot --release {release}/baseline --output tests/InfoBladPublisher.Tests/Baselines");
});

Task("Preview")
    .IsDependentOn("BrowserTools")
    .Description("Review report of the working tree against --base (default: the merge base with main) in artifacts/preview/; or, with --head-source=DIR, of an untrusted checkout against this tree. Only documents whose inputs differ are rendered.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var work = System.IO.Path.GetFullPath("artifacts/preview-work");
    if (System.IO.Directory.Exists(work))
    {
        System.IO.Directory.Delete(work, true);
    }

    System.IO.Directory.CreateDirectory(work);
    string baseRoot, headRoot, baseLabel;
    var worktree = (string)null;
    if (settings.PreviewHead is { } head)
    {
        // An untrusted pull request: this tree (the trusted base) renders both sides, and of the pull request
        // only content/ and templates/ are read. Its build.cake, code and packages never run.
        (baseRoot, headRoot, baseLabel) = (".", head, "base");
    }
    else
    {
        // The base is rendered from a temporary worktree with this tree's tools; see docs/review.md.
        var baseRef = settings.PreviewBase ?? Git(Context, "merge-base HEAD main") ?? "HEAD";
        worktree = $"{work}/base-src";
        Git(Context, "worktree prune");
        Git(Context, $"worktree add --detach {worktree} {baseRef}", required: true);
        (baseRoot, headRoot, baseLabel) = (worktree, ".", baseRef);
    }

    try
    {
        Infoblad(settings, $"review-plan --base-content {baseRoot}/content --base-templates {baseRoot}/templates --head-content {headRoot}/content --head-templates {headRoot}/templates --output {work}/plan");
        // A cache per side, kept between runs (two publishes at once do not share one).
        var cache = System.IO.Path.GetFullPath(Argument("cache", "artifacts/cache"));

        // Both sides are published at once: each mostly loads and checks every document, on a core of its own.
        var publishBase = System.Threading.Tasks.Task.Run(() =>
        {
            if (System.IO.Directory.Exists($"{baseRoot}/content/documenten"))
            {
                Infoblad(settings, $"publish --concepts --documents {work}/plan/base-documents.txt --content {baseRoot}/content --templates {baseRoot}/templates --release-version base --output {work}/base --cache {cache}/review-base");
            }
        });

        // The head's publish runs in its own folder, so its messages name content/… as the pull request does,
        // and the problem matcher puts them on the pull request's files. Its failure is reported after the report.
        var headExit = InfobladLogged(settings, headRoot, $"publish --concepts --documents {work}/plan/head-documents.txt --content content --templates templates --release-version head --output {work}/head --cache {cache}/review-head --node-modules {System.IO.Path.GetFullPath("node_modules")}", $"{work}/head.log");
        publishBase.GetAwaiter().GetResult();
        Infoblad(settings, $"review --plan {work}/plan/plan.json --head-log {work}/head.log --base {work}/base/base --head {work}/head/head --output artifacts/preview --base-label {baseLabel}");
        if (headExit != 0)
        {
            throw new Exception($"the head's publish failed (exit code {headExit}); its errors are listed above and in artifacts/preview/summary.md");
        }
    }
    finally
    {
        if (worktree is not null)
        {
            Git(Context, $"worktree remove --force {worktree}");
        }
    }
});

Task("Default").IsDependentOn("Publish");

RunTarget(settings.Target);

static string Git(ICakeContext context, string arguments, bool required = false)
{
    var exit = context.StartProcess("git", new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true }, out var lines);
    if (exit != 0 && required)
    {
        throw new Exception($"git {arguments} failed (exit code {exit})");
    }

    var text = exit == 0 ? string.Join("\n", lines).Trim() : string.Empty;
    return text.Length > 0 ? text : null;
}

/// <summary>Runs infoblad in another folder, its output shown and also written to a log; returns its exit code.</summary>
int InfobladLogged(BuildSettings s, string folder, string arguments, string log)
{
    var script = System.IO.Path.GetFullPath("infoblad");
    return StartProcess("bash", new ProcessSettings
    {
        Arguments = $"-c \"set -o pipefail; cd '{folder}' && bash '{script}' {arguments} 2>&1 | tee '{log}'\"",
    });
}

void Infoblad(BuildSettings s, string arguments)
{
    // ./infoblad runs the ahead-of-time (ReadyToRun) build, compiled once per source change: a publish then
    // starts in a fraction of a second, where the JIT build spends about one compiling itself.
    var exit = StartProcess("bash", new ProcessSettings
    {
        Arguments = $"./infoblad {arguments}",
    });
    if (exit != 0)
    {
        throw new Exception($"infoblad {arguments.Split(' ')[0]} failed (exit code {exit}); see the messages above");
    }
}
