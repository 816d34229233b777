using InfoBladPublisher.Rendering.Browser;
using System.CommandLine;
using InfoBladPublisher.Review;

namespace InfoBladPublisher.Cli;

/// <summary>
/// <c>infoblad snapshot</c>: every PDF page and HTML width of a release as PNG. The UpdateBaselines build target
/// uses it to rewrite the visual baselines; nothing else writes them.
/// </summary>
internal static class SnapshotCommand
{
    public static Command Create()
    {
        var release = new Option<string>("--release") { Description = "A published release folder (with manifest.json)", Required = true };
        var output = new Option<string>("--output") { Description = "Where the PNGs go; PNGs already there are replaced", Required = true };
        var command = new Command("snapshot", "Write every PDF page and HTML page of a release as PNG")
        {
            release, output, CliOptions.Chromium,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BrowserOptions(parse.GetValue(CliOptions.Chromium)!);
            return await BrowserRun.RunAsync(options, async browser =>
            {
                var images = await Snapshot.TakeAsync(parse.GetValue(release)!, browser, cancellationToken: cancellationToken);
                var folder = parse.GetValue(output)!;
                if (Directory.Exists(folder))
                {
                    // Pages that no longer exist must not keep their old baseline.
                    foreach (var old in Directory.GetFiles(folder, "*.png", SearchOption.AllDirectories))
                    {
                        File.Delete(old);
                    }
                }

                foreach (var (name, png) in images)
                {
                    var path = Path.Combine(folder, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await File.WriteAllBytesAsync(path, png, cancellationToken);
                }

                var (written, kib) = (Diagnostics.CountedNoun.Images.Of(images.Count), images.Values.Sum(p => (long)p.Length) / 1024);
                Console.WriteLine(RunLanguage.Say($"{written.Nl} ({kib} KiB) geschreven naar {folder}", $"wrote {written.En} ({kib} KiB) to {folder}"));
            });
        });
        return command;
    }
}
