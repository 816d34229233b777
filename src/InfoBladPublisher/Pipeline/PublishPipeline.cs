using InfoBladPublisher.Redaction;
using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Release;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// The stages in order, each taking the previous one's output and the one diagnostic bag: load (content and
/// model) → HTML (body and templates) → PDF (engine and layout gate) → release. The release is written only
/// when no stage reported an error.
/// </summary>
public sealed class PublishPipeline
{
    private readonly MarkdownEngine _markdown = new();
    private readonly IPagedMediaEngine? _running;

    public PublishPipeline()
    {
    }

    /// <summary>A pipeline that paginates with an engine the caller started, owns and disposes (the benchmark's warm runs).</summary>
    internal PublishPipeline(IPagedMediaEngine running) => _running = running;

    /// <param name="log">Plain lines: what was checked, and one line per finished document unless <paramref name="progress"/> takes them.</param>
    /// <param name="progress">Told of each finished document instead, for a live display.</param>
    public async Task<PublishResult> RunAsync(PublishOptions options, TextWriter log, Action<DocumentDone>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Intern)
        {
            options = options.AsIntern();
        }

        if (options.CacheFolder is not null)
        {
            return await RunCachedAsync(options, log, progress, cancellationToken).ConfigureAwait(false);
        }

        // Without a cache the PDFs still go to disk as they pass the gate, to a spool of this run alone.
        var spool = Path.Combine(Path.GetTempPath(), $"infoblad-spool-{Guid.NewGuid():N}");
        try
        {
            return await RunCachedAsync(options with { CacheFolder = spool, CacheReads = false }, log, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(spool))
            {
                Directory.Delete(spool, recursive: true);
            }
        }
    }

    private async Task<PublishResult> RunCachedAsync(PublishOptions options, TextWriter log, Action<DocumentDone>? progress, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var clock = new StageClock();
        var diagnostics = new DiagnosticBag();
        if (!ReleaseVersion.Check(options.Version, diagnostics) | !OutputPlaces.Check(options, diagnostics))
        {
            return Failed(diagnostics, total);
        }

        // Nothing changed since this version was published, and the release is whole: nothing to do.
        var stamp = options.CacheReads && options.Shard is null && !options.AssembleOnly && options.Only is null ? StampOf(options) : null;
        var current = stamp is null ? null : UpToDate.Current(options, stamp);
        clock.Lap("check whether the release is up to date (its inputs listed, every file of it hashed)");
        if (current is not null)
        {
            // The closing line is the caller's, from the outcome: one line per run, true for what happened.
            var manifest = ReleaseManifest.Read(current);
            var kept = manifest.Documents.Select(d => new DocumentTiming(d.Id, d.FileOf("pdf").Pages ?? 0, TimeSpan.Zero, true)).ToList();
            return new PublishResult(current, [], kept, total.Elapsed) { Stages = clock.Stages, Outcome = PublishOutcome.UpToDate };
        }

        if (!SiteTools.Check(options, diagnostics))
        {
            return Failed(diagnostics, total);
        }

        var engine = _running is null ? Pagination.EngineFor(options) : null;
        try
        {
            if (engine is not null && stamp is not null && UpToDate.InputsChanged(options, stamp))
            {
                // Something this run reads changed since the last publish to this folder: a document will very
                // likely be rendered, so the browser starts beside the load and HTML stages instead of after them.
                engine.StartEarly();
                Layout.PdfReaderWarmUp.Start();
            }

            return await PublishAsync(options, log, progress, stamp, engine, clock, diagnostics, total, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (engine is not null)
            {
                await engine.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<PublishResult> PublishAsync(PublishOptions options, TextWriter log, Action<DocumentDone>? progress, string? stamp, LazyEngine? engine, StageClock clock, DiagnosticBag diagnostics, Stopwatch total, CancellationToken cancellationToken)
    {
        var loaded = LoadStage.Run(Workspace.Open(options.ContentRoot, options.TemplateRoot, options.NodeModules) with { Redaction = options.Intern ? RedactionMode.Intern : RedactionMode.Public }, _markdown, diagnostics);
        clock.Lap("load and check the content, datasets and templates");
        using (loaded?.Style)
        {
            // Checked before the templates run, and reported with their errors, all at once. A shard writes no
            // release; the assembly that does checks.
            var allowed = loaded is null || options.Concepts || options.Intern || options.Shard is not null || ConceptGate.Check(loaded.Content, diagnostics);
            var stored = new HtmlCache(options.CacheFolder!) { Lookups = options.CacheReads };
            var html = loaded is null ? null : HtmlStage.Run(loaded, _markdown, diagnostics, stored: stored, only: options.Only);
            if (loaded is not null && options.Only is not null)
            {
                ReportUnknown(options.Only, loaded, diagnostics);
            }

            clock.Lap("make every document's HTML (kept ones from the cache)");
            if (html is null || !allowed)
            {
                return Failed(diagnostics, total);
            }

            var all = loaded!.Content.Documents.Count;
            if (options.Shard is { } shard)
            {
                var mine = shard.Select(html.Documents.Select(d => (d.Document.Id, (long)d.Print.Files[Rendering.Print.PrintData.DataFile].Length)));
                html = html with { Documents = html.Documents.Where(d => mine.Contains(d.Document.Id)).ToList() };
                log.WriteLine(RunLines.Sharded(all, shard, html.Documents.Count, options.CacheFolder!).In(options.Language));
            }
            else
            {
                log.WriteLine((options.AssembleOnly
                    ? RunLines.Assembling(all, options.CacheFolder!)
                    : RunLines.Rendering(all, html.Documents.Count, options.Engine)).In(options.Language));
            }

            var lines = TextWriter.Synchronized(log);
            var paginated = await Pagination.RunAsync(html, options, diagnostics, cancellationToken, progress ?? (done => lines.WriteLine("  " + done.Line.In(options.Language))), _running ?? engine, clock).ConfigureAwait(false);
            if (engine is not null)
            {
                await Pagination.CloseAsync(engine, clock).ConfigureAwait(false);
            }

            clock.Lap("PDF: cache lookups, renders and the layout gate");
            if (paginated is null || diagnostics.HasErrors)
            {
                // Only the layout gate's refusals leave pages to look at; other failures leave nothing behind.
                var layout = diagnostics.ToSortedList().Any(d => DiagnosticCodes.IsLayout(d.Code));
                var rejected = layout && paginated is not null ? RejectedPages.Write(options.ReleasesRoot, options.Version, paginated.Pdfs) : null;
                return Failed(diagnostics, total) with { RejectedPath = rejected };
            }

            if (options.Shard is not null)
            {
                return new PublishResult(null, diagnostics.ToSortedList(), Timings(paginated), total.Elapsed) { CachedInto = options.CacheFolder, Stages = clock.Stages, Outcome = PublishOutcome.Sharded };
            }

            var provenance = Provenance.Of(loaded!.Workspace, html, options, PagedMediaEngines.VersionOf(options.Engine, options.NodeModules));
            WarnIfDirty(provenance, diagnostics);
            var written = ReleaseStage.Run(paginated, options.ReleasesRoot, options.Version, diagnostics, provenance, options.Intern, options.Replace, options.BaseUrl, options.NodeModules);
            clock.Lap("write the release to staging, read it back, swap it in");
            if (written.Path is not { } path)
            {
                return Failed(diagnostics, total) with { Outcome = written.Outcome, Difference = written.Difference };
            }

            if (options.BaseUrl is null && File.Exists(Path.Combine(path, Publishing.Feed.AtomFeed.File)))
            {
                log.WriteLine(RunLines.NoBaseUrl(Publishing.SiteFiles.PlaceholderBase).In(options.Language));
            }

            if (stamp is not null)
            {
                UpToDate.Record(options, stamp, path);
            }

            clock.Lap("record the up-to-date stamp");
            return new PublishResult(path, diagnostics.ToSortedList(), Timings(paginated), total.Elapsed) { Stages = clock.Stages, Outcome = written.Outcome, Difference = written.Difference };
        }
    }

    private static void ReportUnknown(IReadOnlySet<string> only, LoadStage.Output loaded, DiagnosticBag diagnostics)
    {
        foreach (var id in only.Where(id => loaded.Content.Documents.All(d => d.Id != id)).Order(StringComparer.Ordinal))
        {
            var folder = loaded.Workspace.Content.Display(Path.Combine(Content.ContentLayout.DocumentsFolder, id));
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(folder), $"geen document '{id}' om te publiceren: die map bestaat niet", $"no document '{id}' to publish: there is no such folder");
        }
    }

    /// <summary>A release whose manifest names a commit it was not made from is worth a word before it ships.</summary>
    private static void WarnIfDirty(Provenance provenance, DiagnosticBag diagnostics)
    {
        if (provenance.WorkTree.State == ManifestWorkTree.Dirty)
        {
            var changed = provenance.WorkTree.Changed;
            diagnostics.Report(DiagnosticCodes.DirtyWorkTree, SourcePosition.StartOf(changed[0]),
                $"{changed.Count} gevolgd(e) bestand(en) wijken af van commit {provenance.Commit ?? "(geen opgegeven)"} ({string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? ", …" : string.Empty)}); manifest.json legt de werkmap vast als gewijzigd, met al deze bestanden",
                $"{changed.Count} tracked file(s) differ from commit {provenance.Commit ?? "(none given)"} ({string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? ", …" : string.Empty)}); manifest.json records the work tree as dirty, with every one of them");
        }
    }

    private static string? StampOf(PublishOptions options)
    {
        try
        {
            return UpToDate.Stamp(options, PagedMediaEngines.VersionOf(options.Engine, options.NodeModules));
        }
        catch (MissingToolException)
        {
            return null; // the publish itself reports it
        }
    }

    private static List<DocumentTiming> Timings(PdfStage.Output paginated) =>
        paginated.Pdfs.Select(p => new DocumentTiming(p.Key, p.Value.PageCount, p.Value.Elapsed, p.Value.FromCache)).OrderBy(t => t.DocumentId, StringComparer.Ordinal).ToList();

    private static PublishResult Failed(DiagnosticBag diagnostics, Stopwatch total) =>
        new(null, diagnostics.ToSortedList(), [], total.Elapsed);
}
