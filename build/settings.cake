// Arguments are read once, here, into a typed object.
/// <param name="PreviewHead">A checkout of an untrusted pull request, read as data only (content/, templates/).</param>
public sealed record BuildSettings(string Target, string Configuration, string Version, string ReleasesRoot, string PreviewBase, string PreviewHead)
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
            context.Argument<string>("head-source", null));
    }

    private static string GitDescribe(ICakeContext context)
    {
        try
        {
            var exit = context.StartProcess("git", new ProcessSettings
            {
                Arguments = "describe --tags --always --dirty",
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }, out var lines);
            var text = exit == 0 ? string.Join("", lines).Trim() : string.Empty;
            return text.Length > 0 ? text : null;
        }
        catch
        {
            return null;
        }
    }
}
