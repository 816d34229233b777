// System and npm packages the build needs. Nothing is downloaded from outside the package registries.
public static class SystemPackages
{
    private static readonly (string Binary, string Package)[] Required =
    {
        ("/usr/bin/chromium", "chromium"),
        ("/usr/bin/pdftoppm", "poppler-utils"),
        ("/usr/bin/qpdf", "qpdf"), // the redaction tests inflate every PDF stream with it
    };

    public static void Ensure(ICakeContext context)
    {
        var missing = Required.Where(r => !System.IO.File.Exists(r.Binary)).Select(r => r.Package).Distinct().ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var command = "apt-get update && apt-get install -y " + string.Join(" ", missing);
        if (!IsRoot() || !System.IO.File.Exists("/usr/bin/apt-get"))
        {
            throw new Exception($"Missing system packages: {string.Join(", ", missing)}. Install them with:\n  sudo sh -c '{command}'");
        }

        context.Information($"Installing {string.Join(", ", missing)} with apt-get");
        Run(context, "apt-get", "update -qq");
        Run(context, "apt-get", "install -y -qq " + string.Join(" ", missing));
    }

    private static bool IsRoot() => System.Environment.UserName == "root";

    internal static void Run(ICakeContext context, string tool, string arguments)
    {
        var exit = context.StartProcess(tool, new ProcessSettings { Arguments = arguments });
        if (exit != 0)
        {
            throw new Exception($"'{tool} {arguments}' failed with exit code {exit}");
        }
    }
}

public static class NpmPackages
{
    // npm ci installs exactly package-lock.json; it is skipped when node_modules already matches it.
    public static void Ensure(ICakeContext context)
    {
        var lockFile = "package-lock.json";
        var installed = "node_modules/.package-lock.json";
        var stamp = "node_modules/.infoblad-lock.sha256";
        var want = Hash(lockFile);
        if (System.IO.File.Exists(installed) && System.IO.File.Exists(stamp) && System.IO.File.ReadAllText(stamp) == want)
        {
            return;
        }

        context.Information("npm ci (pinned by package-lock.json)");
        SystemPackages.Run(context, "npm", "ci --no-audit --no-fund");
        System.IO.File.WriteAllText(stamp, want);
    }

    private static string Hash(string path) =>
        System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(path)));
}
