// Arguments are read once, here, into a typed object.
/// <param name="Concepts">" --concepts" when the release may hold concept documents (--concepts=true), else empty.</param>
/// <param name="Replace">" --replace" when a published version may be replaced by other files (--replace=true), else empty.</param>
/// <param name="PreviewHead">A checkout of an untrusted pull request, read as data only (content/, templates/).</param>
/// <param name="Sources">The content, templates, cache and base-url options passed on to publish and assemble, when given (default: the repository's own, and no base URL), and the commit for the manifest.</param>
public sealed record BuildSettings(string Target, string Configuration, string Version, string ReleasesRoot, string PreviewBase, string PreviewHead, string Sources, string Shard, string Concepts, string Replace)
{
    public static BuildSettings From(ICakeContext context)
    {
        var version = context.Argument("release-version", string.Empty);
        if (string.IsNullOrWhiteSpace(version))
        {
            version = GitDescribe(context) ?? "dev";
        }

        return new BuildSettings(
            context.Argument("target", "Default"),
            context.Argument("configuration", "Release"),
            version,
            context.Argument("output", "artifacts/release"),
            context.Argument<string>("base", null),
            context.Argument<string>("head-source", null),
            SourcesFrom(context),
            context.Argument<string>("shard", null),
            context.Argument("concepts", false) ? " --concepts" : string.Empty,
            context.Argument("replace", false) ? " --replace" : string.Empty);
    }

    private static string SourcesFrom(ICakeContext context)
    {
        var sources = new System.Text.StringBuilder();
        foreach (var name in new[] { "content", "templates", "cache", "base-url" })
        {
            var value = context.Argument<string>(name, null);
            if (!string.IsNullOrEmpty(value))
            {
                sources.Append($" --{name} \"{value}\"");
            }
        }

        var commit = Git(context, "rev-parse HEAD");
        if (!string.IsNullOrEmpty(commit))
        {
            sources.Append($" --commit {commit}");

            // The tracked files that differ from that commit (staged or not), for the manifest's workTree; without
            // git neither is passed, and the manifest says the work tree is unknown.
            var changed = Git(context, "-c core.quotepath=off diff --name-only HEAD");
            if (changed is not null)
            {
                var list = System.IO.Path.GetFullPath("artifacts/worktree-changes.txt");
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(list));
                System.IO.File.WriteAllText(list, changed.Length == 0 ? string.Empty : changed + "\n");
                sources.Append($" --worktree-changes \"{list}\"");
            }
        }

        return sources.ToString();
    }

    private static string GitDescribe(ICakeContext context)
    {
        var described = Git(context, "describe --tags --always --dirty");
        if (string.IsNullOrEmpty(described) || described.EndsWith("-dirty", StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(described) ? null : described;
        }

        // `describe --dirty` ignores untracked files, but a new document is one: it must not get the clean commit's name.
        var untracked = Git(context, "status --porcelain --untracked-files=all -- content templates");
        return string.IsNullOrEmpty(untracked) ? described : described + "-dirty";
    }

    private static string Git(ICakeContext context, string arguments)
    {
        try
        {
            var exit = context.StartProcess("git", new ProcessSettings
            {
                Arguments = arguments,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }, out var lines);
            var text = exit == 0 ? string.Join("\n", lines).Trim() : string.Empty;
            return exit == 0 ? text : null;
        }
        catch
        {
            return null;
        }
    }
}
