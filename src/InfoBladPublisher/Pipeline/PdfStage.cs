using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>Pagination: every document to PDF behind the engine seam, a few at a time, each checked by the layout gate.</summary>
internal static class PdfStage
{
    /// <param name="Pdfs">By document id; a document that failed is missing, and its error is reported.</param>
    /// <param name="Engine">The engine's name, for the manifest.</param>
    public sealed record Output(HtmlStage.Output Html, IReadOnlyDictionary<string, PdfResult> Pdfs, string Engine);

    /// <param name="progress">Told of each finished document, in the order they finish (any thread).</param>
    /// <param name="cache">PDFs of earlier runs; a hit is not rendered, and only PDFs that pass the gate are stored.</param>
    /// <param name="cacheOnly">Assembling: a document that is not in the cache is an error, not a render.</param>
    public static async Task<Output> RunAsync(HtmlStage.Output html, IPagedMediaEngine engine, int parallelism, DiagnosticBag diagnostics, CancellationToken cancellationToken, Action<DocumentDone>? progress = null, Release.PdfCache? cache = null, bool cacheOnly = false)
    {
        var done = 0;
        var counting = new object();
        // The count and its line together: two documents finishing at once would otherwise print 4 before 3.
        void Done(Func<int, DocumentDone> line)
        {
            lock (counting)
            {
                done++;
                progress?.Invoke(line(done));
            }
        }

        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, PdfResult>(StringComparer.Ordinal);
        // Longest first: a long document started last would leave the other workers idle while it finishes.
        var largestFirst = html.Documents.OrderByDescending(d => d.Print.Files[Rendering.Print.PrintData.DataFile].Length).ThenBy(d => d.Document.Id, StringComparer.Ordinal);
        await Parallel.ForEachAsync(largestFirst, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (rendered, ct) =>
        {
            var doc = rendered.Document;
            var key = cache?.KeyOf(rendered.Print.Files);
            if (key is not null && cache!.TryGet(key) is { } kept)
            {
                results[doc.Id] = new PdfResult([], [], kept.Pages, TimeSpan.Zero) { FromCache = true, Stored = kept, Redactions = kept.Redactions };
                Done(n => new DocumentDone(n, html.Documents.Count, doc.Id, kept.Pages, TimeSpan.Zero) { FromCache = true });
                return;
            }

            if (cacheOnly)
            {
                diagnostics.Report(DiagnosticCodes.NotInCache, rendered.MetadataPosition, $"{doc.Id} staat niet in de cache: geen shard heeft het gemaakt zoals het nu is (een shard is mislukt of overgeslagen, of het document is sindsdien gewijzigd); voer eerst elke 'publish --shard K/N' van deze map uit met dezelfde --cache", $"{doc.Id} is not in the cache: no shard rendered it as it is now (a shard failed or was left out, or the document changed since); run every 'publish --shard K/N' of this tree with the same --cache first");
                Done(n => new DocumentDone(n, html.Documents.Count, doc.Id, null, TimeSpan.Zero));
                return;
            }

            PdfResult result;
            var found = new DiagnosticBag();
            try
            {
                result = await RenderAndJudgeAsync(engine, rendered, html.Style.Print, html.Style.Tokens.PageNumber, found, ct).ConfigureAwait(false);
            }
            catch (PagedMediaException ex) when (!ct.IsCancellationRequested)
            {
                // A document that does not finish in its time, or a worker that dies under it: this document
                // fails with a reason, the others are still checked, and no release is written.
                diagnostics.Report(DiagnosticCodes.RenderFailed, rendered.MetadataPosition, $"de PDF kon niet worden gemaakt: {ex.Message}", $"the PDF could not be made: {ex.Message}");
                Done(n => new DocumentDone(n, html.Documents.Count, doc.Id, null, TimeSpan.Zero));
                return;
            }

            diagnostics.AddRange(found.ToSortedList());
            if (key is not null && !found.HasErrors && cache!.Put(key, result.Pdf, result.Archive, result.PageCount, result.Redactions) is { } stored)
            {
                // Kept on disk from here on; the release copies the files. The gate's facts are done with too.
                result = result with { Pdf = [], Archive = [], Stored = stored, Layout = new LayoutFacts([]) };
            }

            if (!result.Failed)
            {
                results[doc.Id] = result;
            }

            Done(n => new DocumentDone(n, html.Documents.Count, doc.Id, result.Failed ? null : result.PageCount, result.Elapsed));
        }).ConfigureAwait(false);
        return new Output(html, results, engine.Name);
    }

    /// <summary>
    /// Lays the document out and has the gate judge every page. Where the gate finds what a repair can mend (a
    /// note off its call's page, a table broken after one row), the document is laid out again with the
    /// repairs, at most <see cref="LayoutRepairs.MaxPasses"/> times; the last layout is judged and reported.
    /// </summary>
    /// <param name="pageNumber">The page number's wording (the tokens'), which the gate holds every page to.</param>
    private static async Task<PdfResult> RenderAndJudgeAsync(IPagedMediaEngine engine, RenderedDocument rendered, Templates.PrintLayouts layouts, string pageNumber, DiagnosticBag found, CancellationToken ct)
    {
        var doc = rendered.Document;
        var print = rendered.Print;
        var elapsed = TimeSpan.Zero;
        var profile = new List<(string Phase, TimeSpan Elapsed)>();
        for (var pass = 1; ; pass++)
        {
            // First the layout and the engine's own report of where its notes landed, with no PDF written: a note
            // off its page is planned from that alone, and the PDF is written and read only for a layout that
            // may be the last. The gate still judges that PDF, independently of the engine's word.
            var job = new PrintJob(doc.Id, print.Main, print.Files, doc.Meta.Datum);
            var laid = await engine.RenderAsync(job with { Standards = [] }, ct).ConfigureAwait(false);
            elapsed += laid.Elapsed;
            profile.AddRange(laid.Profile.Select(p => (pass == 1 ? p.Phase : $"layout {pass}: {p.Phase}", p.Elapsed)));
            if (laid.Failed)
            {
                EngineMessages.Report(laid, rendered, layouts, found);
                return laid with { Elapsed = elapsed, Profile = profile };
            }

            var early = pass >= LayoutRepairs.MaxPasses || laid.NotePlaces is not { } places ? LayoutRepairs.None
                : laid.TableRowPlaces is { } rows ? LayoutRepairs.Plan(places, rows, laid.EndedPages, print.Sources, print.Repairs)
                : LayoutRepairs.Plan(places, print.Repairs);
            if (!early.IsEmpty)
            {
                profile.Add(($"layout {pass}: plan repairs for {early.Notes.Count} note(s), {early.Tables.Count + early.LooseTables.Count} table(s) from the engine's facts (no PDF written)", TimeSpan.Zero));
                print = print.Repaired(print.Repairs.With(early));
                continue;
            }

            // The accessible file, from the layout just compiled; the archive copy once the gate has judged it.
            var result = await engine.RenderAsync(job with { Standards = [TypstEngine.Accessible], Reuse = true }, ct).ConfigureAwait(false);
            elapsed += result.Elapsed;
            profile.AddRange(result.Profile.Select(p => ($"layout {pass}: PDF/UA-1 file: {p.Phase}", p.Elapsed)));
            result = result with { Elapsed = elapsed, Profile = profile };
            if (result.Failed)
            {
                EngineMessages.Report(result, rendered, layouts, found);
                return result;
            }

            // Parsed once for every reading of the PDF: what landed where, and its tags and fonts.
            var gate = System.Diagnostics.Stopwatch.StartNew();
            using var parsed = UglyToad.PdfPig.PdfDocument.Open(result.Pdf);
            var read = PdfPages.Read(parsed);
            var pagesRead = gate.Elapsed;
            var facts = PdfLayout.Read(parsed, read, result.Column, print.Sources, result.EndedPages, result.Furniture);
            profile.Add(($"layout {pass}: gate: read the pages (PdfPig)", pagesRead));
            var tagsRead = gate.Elapsed;
            profile.Add(($"layout {pass}: gate: read the tags into facts", tagsRead - pagesRead));
            var more = pass < LayoutRepairs.MaxPasses ? LayoutRepairs.Plan(facts, print.Repairs) : LayoutRepairs.None;
            if (!more.IsEmpty)
            {
                profile.Add(($"layout {pass}: plan repairs for {more.Notes.Count} note(s), {more.Tables.Count + more.LooseTables.Count} table(s), {more.Headings.Count} heading(s)", gate.Elapsed - tagsRead));
                print = print.Repaired(print.Repairs.With(more));
                continue;
            }

            EngineMessages.Report(result, rendered, layouts, found);
            LayoutGate.Check(facts, new LayoutContext(rendered.BodyFile, rendered.MetadataPosition, read.Fonts, TypstEngine.FontFamilies, pageNumber)
            {
                Tagged = TaggedPdf.Read(parsed, read),
                LayoutPosition = SourcePosition.StartOf(layouts.Display(Templates.PrintLayouts.MainOf(rendered.Document.Meta.Type.Name))),
                Repairs = print.Repairs,
                Passes = pass,
            }, found);
            var beforeText = gate.Elapsed;
            TextAgreement.Check(rendered.SourceText, read.Text(), TextAgreement.Pdf, rendered.MetadataPosition, found, pdf: true);
            profile.Add(("the PDF's words held to the source's (text agreement)", gate.Elapsed - beforeText));
            profile.Add(("read the PDF back and judge every page (layout gate, .NET)", gate.Elapsed));
            result = result with { Layout = facts, Redactions = RedactionLocation.From(facts), Passes = pass, Profile = profile };
            if (found.HasErrors)
            {
                return result;
            }

            // The same layout again, on the worker that still holds it: the export is all it costs.
            var archive = await engine.RenderAsync(job with { Standards = [TypstEngine.Archival], Reuse = true }, ct).ConfigureAwait(false);
            profile.AddRange(archive.Profile.Select(p => ($"archive copy: {p.Phase}", p.Elapsed)));
            elapsed += archive.Elapsed;
            if (archive.Failed)
            {
                EngineMessages.Report(archive, rendered, layouts, found);
                return archive with { Profile = profile, Elapsed = elapsed };
            }

            return result with { Archive = archive.Archive, Elapsed = elapsed };
        }
    }
}
