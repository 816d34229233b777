namespace InfoBladPublisher.Cli;

/// <summary>
/// The exit codes, one meaning each, and the one place they are described: every command's <c>--help</c> is
/// made from <see cref="All"/>, and a test holds README.md and docs/security.md to it.
/// </summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input is wrong: content, templates, a layout, a release given to read, or the command line itself.</summary>
    public const int ContentErrors = 1;

    /// <summary>The machine is wrong: a tool or package is missing, or failed (a browser, a port, a disk).</summary>
    public const int EnvironmentError = 2;

    /// <summary>The version is already published with other files, and <c>--replace</c> was not given.</summary>
    public const int ReleaseExists = 3;

    public static IReadOnlyList<ExitCode> All { get; } =
    [
        new(Ok, "done: the release, check, render, verify or report is complete (or the release was already up to date)"),
        new(ContentErrors, "an error in what was given: the content, templates or a layout (each printed as file:line:col: error CODE: message), a release that does not match its manifest or does not exist, or the command line (an unknown option, a missing, empty or out-of-range value); nothing was published"),
        new(EnvironmentError, "the machine: a tool or package is missing (IBP052: npm ci not run, no Chromium), or failed while running (a browser that crashed or timed out, a port already in use)"),
        new(ReleaseExists, "publish or assemble: the version is already published with other files (IBP058); nothing was written, and --replace replaces it"),
    ];
}

/// <summary>One exit code and what it means.</summary>
internal sealed record ExitCode(int Code, string Meaning);
