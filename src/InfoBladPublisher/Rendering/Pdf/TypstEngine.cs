using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// Typst 0.14 (typst-ts-node-compiler) as the print engine. A document is compiled and exported to the standards its job asks for:
/// PDF/UA-1 (its checks on; a refusal is an error) and PDF/A-2a. Workers are Node processes kept warm and
/// reused, one per document being laid out at a time; a worker that runs past the time limit is killed, and the
/// next document gets a new one.
/// </summary>
internal sealed class TypstEngine : IPagedMediaEngine
{
    public const string EngineName = "typst";
    public const string Package = "@myriaddreamin/typst-ts-node-compiler";

    /// <summary>The standards every release PDF is exported to: the accessible file, then the archive copy.</summary>
    public const string Accessible = "ua-1";
    public const string Archival = "a-2a";

    /// <summary>The text font's files (Fira Sans, four styles), relative to node_modules.</summary>
    public static readonly IReadOnlyList<string> TextFontFiles =
    [
        "@expo-google-fonts/fira-sans/400Regular/FiraSans_400Regular.ttf",
        "@expo-google-fonts/fira-sans/400Regular_Italic/FiraSans_400Regular_Italic.ttf",
        "@expo-google-fonts/fira-sans/700Bold/FiraSans_700Bold.ttf",
        "@expo-google-fonts/fira-sans/700Bold_Italic/FiraSans_700Bold_Italic.ttf",
    ];

    /// <summary>The font of code spans and blocks (Fira Code), relative to node_modules.</summary>
    public static readonly IReadOnlyList<string> CodeFontFiles = ["@expo-google-fonts/fira-code/400Regular/FiraCode_400Regular.ttf"];

    /// <summary>The bundled fonts Typst is given (TTF: Typst does not read WOFF2), relative to node_modules.</summary>
    public static readonly IReadOnlyList<string> FontFiles = [.. TextFontFiles, .. CodeFontFiles];

    /// <summary>The families of <see cref="FontFiles"/>, for the gate's check that every font is bundled.</summary>
    public static readonly IReadOnlyList<string> FontFamilies = ["Fira Sans", "Fira Code"];

    /// <summary>The label of the metadata by which a layout declares its body column (in pt): x, w, top, bottom.</summary>
    public const string ColumnLabel = "<kolom>";

    /// <summary>The label of the metadata by which a layout declares its page furniture (in pt): naam, pagina, inhoud, x, y, w, h.</summary>
    public const string FurnitureLabel = "<meubilair>";

    /// <summary>The label of the metadata by which a layout says that it ended a page on request (its page number).</summary>
    public const string NewPageLabel = "<nieuwe-pagina>";

    /// <summary>
    /// The label of the metadata by which a layout reports where each note and its call landed, from Typst's own
    /// introspection: a list of (n: the note's number, roep: its call's page, noot: the page its text starts on).
    /// </summary>
    public const string NotePlacesLabel = "<noot-plaats>";

    /// <summary>The metadata a layout's <c>tabel-plaatsen()</c> reports each table row's page in.</summary>
    public const string TablePlacesLabel = "<tabel-plaats>";

    private readonly EngineOptions _options;
    private readonly IReadOnlyList<string> _fonts;
    private readonly List<TypstWorker> _idle = [];
    private readonly ConcurrentBag<TypstWorker> _all = [];

    private TypstEngine(EngineOptions options, IReadOnlyList<string> fonts)
    {
        _options = options;
        _fonts = fonts;
    }

    public string Name => EngineName;

    /// <exception cref="MissingToolException">The engine's package or a font is not installed.</exception>
    public static Task<IPagedMediaEngine> StartAsync(EngineOptions options)
    {
        PackageVersion(options.NodeModules);
        var fonts = FontPaths(options.NodeModules);
        if (fonts.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            throw new MissingToolException(missing, $"het meegeleverde lettertype {missing} is niet geïnstalleerd; voer 'npm ci' uit in de repository", $"the bundled font {missing} is not installed; run 'npm ci' in the repository");
        }

        return Task.FromResult<IPagedMediaEngine>(new TypstEngine(options, fonts));
    }

    /// <summary>Where the bundled fonts are installed, as full paths.</summary>
    public static IReadOnlyList<string> FontPaths(string nodeModules) => FullPaths(nodeModules, FontFiles);

    public static IReadOnlyList<string> FullPaths(string nodeModules, IEnumerable<string> files) =>
        files.Select(f => Path.GetFullPath(Path.Combine(nodeModules, f))).ToList();

    /// <summary>
    /// What decides the engine's output besides a document's own files: the compiler's version and the fonts it
    /// is given. The PDF cache, the up-to-date stamp and the manifest take it as the engine's version, so a
    /// new font file renders every document again.
    /// </summary>
    public static string Identity(string nodeModules)
    {
        var fonts = string.Concat(FontPaths(nodeModules).Select(f => File.Exists(f) ? Common.Hashing.Sha256Hex(File.ReadAllBytes(f)) : "missing"));
        return $"typst-ts-node-compiler {PackageVersion(nodeModules)} (Typst 0.14), fonts {Common.Hashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(fonts))[..12]}";
    }

    /// <summary>The compiler package's version as installed, e.g. "0.7.0".</summary>
    /// <exception cref="MissingToolException">It is not installed.</exception>
    public static string PackageVersion(string nodeModules)
    {
        var manifest = Path.Combine(PackageFolder(nodeModules), "package.json");
        if (!File.Exists(manifest))
        {
            throw new MissingToolException(manifest, $"de drukengine ({Package}) is niet geïnstalleerd: voer 'npm ci' uit in de repository", $"the print engine ({Package}) is not installed: run 'npm ci' in the repository");
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        return json.RootElement.GetProperty("version").GetString() ?? "?";
    }

    public static string PackageFolder(string nodeModules) => Path.Combine(nodeModules, Package);

    public async Task WarmAsync()
    {
        var worker = await TypstWorker.StartAsync(_options, _fonts, CancellationToken.None).ConfigureAwait(false);
        _all.Add(worker);
        Release(worker, null);
    }

    /// <summary>
    /// An idle worker, preferring the one that laid this document out last: its compiler still holds that
    /// layout, so a second export or a repaired layout costs a fraction of the first.
    /// </summary>
    private TypstWorker? TakeIdle(string documentId)
    {
        lock (_idle)
        {
            _idle.RemoveAll(w => !w.Alive);
            var worker = _idle.FirstOrDefault(w => w.LastDocument == documentId) ?? _idle.FirstOrDefault();
            if (worker is not null)
            {
                _idle.Remove(worker);
            }

            return worker;
        }
    }

    private void Release(TypstWorker worker, string? documentId)
    {
        worker.LastDocument = documentId;
        lock (_idle)
        {
            _idle.Add(worker);
        }
    }

    public async Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var worker = TakeIdle(job.DocumentId);
        if (worker is null)
        {
            worker = await TypstWorker.StartAsync(_options, _fonts, cancellationToken).ConfigureAwait(false);
            _all.Add(worker);
        }

        var started = watch.Elapsed;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.Timeout);
        JsonDocument? answer;
        try
        {
            answer = await worker.AskAsync(Request(job), limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            worker.Kill(); // a runaway layout (an endless loop in a template) ends here, with the process
            throw new PagedMediaException($"the layout did not finish within {_options.Timeout.TotalSeconds:0} s and was stopped; look for a loop in the print layout, or raise --render-timeout");
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            worker.Kill();
            throw new PagedMediaException("the print engine stopped while laying out the document", ex);
        }

        if (answer is null)
        {
            throw new PagedMediaException("the print engine stopped while laying out the document (its process ended)");
        }

        Release(worker, job.DocumentId);
        using (answer)
        {
            return Read(answer.RootElement, watch.Elapsed, started);
        }
    }

    private static byte[] Request(PrintJob job)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("main", job.Main);
            json.WriteString("key", job.Key);
            json.WriteBoolean("reuse", job.Reuse);
            json.WriteNumber("timestamp", new DateTimeOffset(job.FixedDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds());
            json.WriteStartArray("standards");
            foreach (var standard in job.Standards)
            {
                json.WriteStringValue(standard);
            }

            json.WriteEndArray();
            json.WriteStartArray("queries");
            json.WriteStringValue(ColumnLabel);
            json.WriteStringValue(NewPageLabel);
            json.WriteStringValue(FurnitureLabel);
            json.WriteStringValue(NotePlacesLabel);
            json.WriteStringValue(TablePlacesLabel);
            json.WriteEndArray();
            json.WriteStartObject("files");
            foreach (var (path, bytes) in job.Files)
            {
                json.WriteBase64String(path, bytes);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static PdfResult Read(JsonElement answer, TimeSpan elapsed, TimeSpan started)
    {
        var messages = answer.TryGetProperty("diagnostics", out var list)
            ? list.EnumerateArray().Select(d => new EngineMessage(
                d.GetProperty("severity").GetString() ?? "error",
                d.GetProperty("message").GetString() ?? string.Empty,
                d.GetProperty("path").GetString() ?? string.Empty,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32(),
                d.GetProperty("hints").EnumerateArray().Select(h => h.GetString() ?? string.Empty).ToList(),
                d.TryGetProperty("standard", out var s) ? s.GetString() : null)).ToList()
            : [];
        var profile = new List<(string, TimeSpan)> { ("start a worker (only when none was free)", started) };
        if (answer.TryGetProperty("timings", out var timings))
        {
            profile.AddRange(timings.EnumerateObject().Select(t => ($"typst: {t.Name}", TimeSpan.FromMilliseconds(t.Value.GetDouble()))));
        }

        if (!answer.GetProperty("ok").GetBoolean())
        {
            return new PdfResult([], [], 0, elapsed) { Messages = messages, Profile = profile };
        }

        var pdfs = answer.GetProperty("pdfs");
        static byte[] Pdf(JsonElement pdfs, string standard) => pdfs.TryGetProperty(standard, out var file) ? file.GetBytesFromBase64() : [];
        return new PdfResult(Pdf(pdfs, Accessible), Pdf(pdfs, Archival), answer.GetProperty("pages").GetInt32(), elapsed)
        {
            LaidOut = true,
            Messages = messages,
            Profile = profile,
            Column = ColumnOf(answer),
            EndedPages = EndedPagesOf(answer),
            Furniture = FurnitureOf(answer),
            NotePlaces = NotePlacesOf(answer),
            TableRowPlaces = TableRowPlacesOf(answer),
        };
    }

    /// <summary>Null when the layout does not report its notes' places (the gate then reads them from the PDF).</summary>
    private static List<Layout.NotePlace>? NotePlacesOf(JsonElement answer)
    {
        if (!answer.TryGetProperty("queries", out var queries) || !queries.TryGetProperty(NotePlacesLabel, out var found)
            || found.ValueKind != JsonValueKind.Array || found.GetArrayLength() != 1 || !found[0].TryGetProperty("value", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        static int Number(JsonElement e, string name) =>
            e.TryGetProperty(name, out var x) && x.ValueKind == JsonValueKind.Number ? x.GetInt32()
            : e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.String && int.TryParse(s.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => new Layout.NotePlace(Number(e, "n"), Number(e, "roep"), Number(e, "noot")))
            .ToList();
    }

    /// <summary>Null when the layout does not report its tables' rows (their repairs then wait for the PDF).</summary>
    private static List<Layout.TableRowPlace>? TableRowPlacesOf(JsonElement answer)
    {
        if (!answer.TryGetProperty("queries", out var queries) || !queries.TryGetProperty(TablePlacesLabel, out var found)
            || found.ValueKind != JsonValueKind.Array || found.GetArrayLength() != 1 || !found[0].TryGetProperty("value", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return list.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String
                && e.TryGetProperty("pagina", out var page) && page.ValueKind == JsonValueKind.Number)
            .Select(e => new Layout.TableRowPlace(e.GetProperty("src").GetString()!, e.GetProperty("pagina").GetInt32()))
            .ToList();
    }

    private static List<int> EndedPagesOf(JsonElement answer) =>
        answer.TryGetProperty("queries", out var queries) && queries.TryGetProperty(NewPageLabel, out var found) && found.ValueKind == JsonValueKind.Array
            ? found.EnumerateArray().Where(m => m.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number).Select(m => m.GetProperty("value").GetInt32()).Distinct().Order().ToList()
            : [];

    /// <summary>Each area the layout declares; one it names wrongly is left out, and the gate then has nothing to hold there.</summary>
    private static List<Layout.FurnitureArea> FurnitureOf(JsonElement answer)
    {
        if (!answer.TryGetProperty("queries", out var queries) || !queries.TryGetProperty(FurnitureLabel, out var found) || found.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        static double Pt(JsonElement e, string name) => e.TryGetProperty(name, out var x) && x.ValueKind == JsonValueKind.Number ? x.GetDouble() : 0;
        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        return found.EnumerateArray()
            .Where(m => m.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object)
            .Select(m => m.GetProperty("value"))
            .Select(v => new Layout.FurnitureArea(Text(v, "naam") ?? "?", Text(v, "pagina") != "volgende",
                Text(v, "inhoud") switch { "tekst" => Layout.FurnitureHolds.LayoutText, "meubilair" => Layout.FurnitureHolds.Furniture, _ => Layout.FurnitureHolds.Nothing },
                Pt(v, "x"), Pt(v, "y"), Pt(v, "w"), Pt(v, "h")))
            .ToList();
    }

    private static Layout.PageColumn? ColumnOf(JsonElement answer)
    {
        if (!answer.TryGetProperty("queries", out var queries) || !queries.TryGetProperty(ColumnLabel, out var found)
            || found.ValueKind != JsonValueKind.Array || found.GetArrayLength() == 0 || !found[0].TryGetProperty("value", out var v))
        {
            return null;
        }

        static double Pt(JsonElement e, string name) => e.TryGetProperty(name, out var x) && x.ValueKind == JsonValueKind.Number ? x.GetDouble() : 0;
        return new Layout.PageColumn(Pt(v, "x"), Pt(v, "w"), Pt(v, "top"), Pt(v, "bottom"));
    }

    public ValueTask DisposeAsync()
    {
        while (_all.TryTake(out var worker))
        {
            worker.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
