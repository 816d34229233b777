using System.Buffers;
using System.Globalization;
using System.Text;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

/// <summary>
/// Turns a source file's bytes into text without losing or changing anything: strict UTF-8 (a leading UTF-8
/// byte-order mark is dropped, as editors on Windows save one), and no control characters but tab and line
/// ends. A lenient decoder would put U+FFFD in place of a Latin-1 'é' and drop a NUL, and check would pass.
/// </summary>
internal static class SourceText
{
    /// <summary>At most this many problems are named per file: enough to see the pattern, not a flood.</summary>
    private const int MaxReportedPerFile = 5;

    /// <returns>The text, or null when bytes could not be read as text (with every reason reported, up to the cap).</returns>
    /// <param name="metadata">YAML metadata: hidden direction and format characters are refused too (see <see cref="HiddenCharacters"/>).</param>
    public static string? TryDecode(byte[] bytes, string display, DiagnosticBag diagnostics, bool metadata = false)
    {
        if (Utf16Hint(bytes) is { } utf16)
        {
            diagnostics.Report(DiagnosticCodes.NotCleanText, SourcePosition.StartOf(display), $"het bestand is {utf16.Nl}, geen UTF-8; sla het op als UTF-8", $"the file is {utf16.En}, not UTF-8; save it as UTF-8");
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        // Nearly every file is clean: one validation and one decode. Only a refused file is walked for positions.
        var decoded = System.Text.Unicode.Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : null;
        if (decoded is null || decoded.AsSpan().IndexOfAny(RefusedControls) >= 0)
        {
            ReportProblems(span, bytes, display, diagnostics);
            return null;
        }

        // Hidden characters lose nothing: the text goes on to be checked, so every error shows at once.
        if (metadata)
        {
            HiddenCharacters.Refuse(decoded, display, diagnostics);
        }

        return decoded;
    }

    private static void ReportProblems(ReadOnlySpan<byte> span, byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var reported = 0;
        var line = 1;
        var column = 1;
        Wording? hint = null;
        while (!span.IsEmpty && reported < MaxReportedPerFile)
        {
            var status = Rune.DecodeFromUtf8(span, out var rune, out var consumed);
            var at = new SourcePosition(display, line, column);
            if (status != OperationStatus.Done)
            {
                hint ??= EncodingHint(bytes);
                diagnostics.Report(DiagnosticCodes.NotCleanText, at, $"byte 0x{span[0]:X2} is geen UTF-8; {hint.Nl}", $"byte 0x{span[0]:X2} is not UTF-8; {hint.En}");
                reported++;
                span = span[Math.Max(consumed, 1)..];
                column++;
                continue;
            }

            if (IsRefusedControl(rune))
            {
                diagnostics.Report(DiagnosticCodes.NotCleanText, at, $"{Name(rune).Nl} is een stuurteken, dat geen enkele documenttekst mag bevatten; verwijder het", $"{Name(rune).En} is a control character, which no document text may hold; remove it");
                reported++;
            }

            span = span[consumed..];
            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + rune.Utf16SequenceLength);
        }
    }

    private static readonly SearchValues<char> RefusedControls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => IsRefusedControl(new Rune(c))).ToArray());

    /// <summary>C0 controls but tab, line feed and carriage return; DEL; and C1 controls, which in a file are almost always Windows-1252 read wrongly.</summary>
    private static bool IsRefusedControl(Rune rune) =>
        rune.Value is (< 0x20 and not ('\t' or '\n' or '\r')) or (>= 0x7F and <= 0x9F);

    private static Wording Name(Rune rune) => rune.Value switch
    {
        0 => new Wording("een NUL-byte (U+0000)", "a NUL byte (U+0000)"),
        _ => new Wording(string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}"), string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}")),
    };

    private static Wording? Utf16Hint(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
        {
            return new Wording("UTF-16 (het begint met een UTF-16-byte-order-mark)", "UTF-16 (it starts with a UTF-16 byte-order mark)");
        }

        // Text saved as UTF-16 without a mark: every other byte of ASCII text is a NUL.
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        if (sample.Length >= 4)
        {
            var evenNuls = 0;
            var oddNuls = 0;
            for (var i = 0; i < sample.Length; i++)
            {
                if (sample[i] == 0)
                {
                    _ = i % 2 == 0 ? evenNuls++ : oddNuls++;
                }
            }

            if (Math.Max(evenNuls, oddNuls) * 4 >= sample.Length)
            {
                return new Wording("UTF-16 (elke tweede byte is een NUL)", "UTF-16 (every other byte is a NUL)");
            }
        }

        return null;
    }

    /// <summary>Names the likely encoding: a file with no valid UTF-8 sequence at all was saved as Latin-1 or Windows-1252 in practice.</summary>
    private static Wording EncodingHint(byte[] bytes)
    {
        var span = bytes.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(span, out var rune, out var consumed) == OperationStatus.Done && rune.Value >= 0x80)
            {
                return new Wording(
                    "het bestand mengt UTF-8 met een andere codering (tekst van elders geplakt?): typ het teken opnieuw, of sla het bestand op als UTF-8",
                    "the file mixes UTF-8 with another encoding (text pasted from elsewhere?): retype the character, or save the file as UTF-8");
            }

            span = span[Math.Max(consumed, 1)..];
        }

        return new Wording("het bestand lijkt Latin-1 (ISO-8859-1 of Windows-1252): sla het op als UTF-8", "the file looks like Latin-1 (ISO-8859-1 or Windows-1252): save it as UTF-8");
    }
}
