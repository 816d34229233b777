using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using InfoBladPublisher.Rendering.Pdf;
using SkiaSharp;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>
/// Which characters the print layouts' bundled fonts can show, read from the fonts' character maps. The layouts
/// set text without fallback, so Typst refuses (PDF/UA-1) a character its font lacks; check asks this first and
/// names the character where the editor wrote it.
/// </summary>
internal sealed class FontCoverage
{
    private static readonly ConcurrentDictionary<string, FontCoverage?> Loaded = new(StringComparer.Ordinal);

    private readonly SKTypeface[] _text;
    private readonly SKTypeface[] _code;
    private readonly ConcurrentDictionary<(int, bool), bool> _known = new();

    private FontCoverage(SKTypeface[] text, SKTypeface[] code)
    {
        _text = text;
        _code = code;
    }

    /// <summary>The text font's family name, for messages.</summary>
    public static string TextFamily => TypstEngine.FontFamilies[0];

    /// <summary>The code font's family name, for messages.</summary>
    public static string CodeFamily => TypstEngine.FontFamilies[1];

    /// <returns>Null when a font file is not installed (a check without npm ci): then nothing is judged.</returns>
    public static FontCoverage? For(string nodeModules) => Loaded.GetOrAdd(Path.GetFullPath(nodeModules), Open);

    /// <summary>
    /// True when the font shows the character, or when Typst needs no glyph for it: white space (Typst sets
    /// its own spaces), format characters (zero-width, soft hyphen) and variation selectors. A combining mark
    /// does need one, as Typst refuses it otherwise.
    /// </summary>
    /// <param name="code">Set in the code font (a code span or block) rather than the text font.</param>
    public bool Shows(Rune rune, bool code)
    {
        if (rune.Value is > 0x20 and < 0x7F || Rune.IsWhiteSpace(rune) || NeedsNoGlyph(rune))
        {
            return true;
        }

        return _known.GetOrAdd((rune.Value, code), key => (key.Item2 ? _code : _text).All(font => font.ContainsGlyph(key.Item1)));
    }

    private static bool NeedsNoGlyph(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
        || rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    private static FontCoverage? Open(string nodeModules)
    {
        var text = TypstEngine.FullPaths(nodeModules, TypstEngine.TextFontFiles);
        var code = TypstEngine.FullPaths(nodeModules, TypstEngine.CodeFontFiles);
        if (text.Concat(code).Any(f => !File.Exists(f)))
        {
            return null;
        }

        // Kept for the process: a typeface is read-only, and reading the maps again per run would cost more than they hold.
        // (A lambda, not the method group: Select would pass its index as FromFile's face index.)
        var typefaces = text.Concat(code).Select(path => SKTypeface.FromFile(path)).ToArray();
        return typefaces.Any(t => t is null) ? null : new FontCoverage(typefaces[..text.Count], typefaces[text.Count..]);
    }
}
