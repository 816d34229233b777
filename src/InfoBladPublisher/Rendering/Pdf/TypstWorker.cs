using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// One Node process running typst-worker.js: the Typst compiler kept warm from document to document. Its root
/// is a fresh empty folder, and it runs with no package cache, no home and a proxy that leads nowhere, so a
/// package import (which Typst would download) can only fail.
/// </summary>
internal sealed class TypstWorker : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private TypstWorker(Process process, string folder)
    {
        _process = process;
        _folder = folder;
    }

    public bool Alive => !_process.HasExited;

    /// <summary>The document this worker laid out last (its compiler's memo still holds that layout).</summary>
    public string? LastDocument { get; set; }

    /// <exception cref="MissingToolException">Node or the worker's package is missing, or the worker did not start.</exception>
    public static async Task<TypstWorker> StartAsync(EngineOptions options, IReadOnlyList<string> fonts, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("infoblad-typst-").FullName;
        var root = Directory.CreateDirectory(Path.Combine(folder, "root")).FullName;
        var home = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName;
        var script = Path.Combine(folder, "typst-worker.js");
        await using (var source = typeof(TypstWorker).Assembly.GetManifestResourceStream("InfoBladPublisher.Rendering.Pdf.typst-worker.js")!)
        await using (var target = File.Create(script))
        {
            await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        var start = new ProcessStartInfo(options.Node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(root);
        foreach (var font in fonts)
        {
            start.ArgumentList.Add(font);
        }

        start.Environment["NODE_PATH"] = Path.GetFullPath(options.NodeModules);
        foreach (var variable in new[] { "HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TYPST_PACKAGE_PATH", "TYPST_PACKAGE_CACHE_PATH" })
        {
            start.Environment[variable] = home;
        }

        // Typst downloads a package it is asked for; this proxy refuses every connection at once.
        foreach (var variable in new[] { "HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy", "ALL_PROXY", "all_proxy" })
        {
            start.Environment[variable] = "http://127.0.0.1:9";
        }

        start.Environment["NO_PROXY"] = string.Empty;
        start.Environment["no_proxy"] = string.Empty;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new MissingToolException(options.Node, "node is niet gestart", "node did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Directory.Delete(folder, recursive: true);
            throw new MissingToolException(options.Node, $"'{options.Node}' (Node.js) is nodig om de drukengine te draaien en is niet gevonden: installeer nodejs", $"'{options.Node}' (Node.js) is needed to run the print engine and was not found: install nodejs", ex);
        }

        var worker = new TypstWorker(process, folder);
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (ready is null || !ready.Contains("\"ready\"", StringComparison.Ordinal))
        {
            var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            worker.Dispose();
            throw new MissingToolException(Path.Combine(options.NodeModules, TypstEngine.Package),
                $"de Typst-worker is niet gestart ({FirstLine(error)}); voer 'npm ci' uit in de repository",
                $"the Typst worker did not start ({FirstLine(error)}); run 'npm ci' in the repository");
        }

        return worker;
    }

    /// <summary>Sends one request and waits for its answer; null when the worker died or was killed.</summary>
    public async Task<JsonDocument?> AskAsync(byte[] request, CancellationToken cancellationToken)
    {
        await _process.StandardInput.BaseStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.BaseStream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.BaseStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var line = await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return line is null ? null : JsonDocument.Parse(line);
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                Kill();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            Kill();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    /// <summary>Node's own reason, such as "Error: Cannot find module …", rather than the stack around it.</summary>
    private static string FirstLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "no output";
    }
}
