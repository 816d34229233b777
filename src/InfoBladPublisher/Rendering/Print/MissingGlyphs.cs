using System.Text;
using System.Text.Json;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>
/// The characters of a document's print data (<see cref="PrintData"/>) that its fonts cannot show. It reads the
/// very JSON Typst is given, so what it judges is what Typst sets: withheld text is already a bar, and a code
/// span is judged against the code font.
/// </summary>
internal static class MissingGlyphs
{
    /// <summary>Values that are never set as text: kinds, positions, paths, colours, link targets and alt text (a tag, not glyphs).</summary>
    private static readonly HashSet<string> NotSet = new(StringComparer.Ordinal)
    {
        "k", "src", "id", "type", "datum_iso", "logo", "kleur", "file", "url", "alt", "align", "widths",
    };

    /// <param name="Section">The top-level field it stands in (titel, eigen, afzender, body, …), to find its source file.</param>
    /// <param name="Src">The line:column in tekst.md of the body block it stands in, if any.</param>
    /// <param name="Code">Set in the code font.</param>
    /// <param name="Note">The number of the note it stands in, whose text is defined elsewhere than its call.</param>
    public sealed record Found(Rune Rune, bool Code, string Section, string? Src, int? Note);

    private sealed record Container(bool IsObject, string? Name, string? Src, int? Note)
    {
        public string? Kind { get; set; }

        public string? OwnSrc { get; set; }

        public int? Number { get; set; }

        public string? EffectiveSrc => OwnSrc ?? Src;

        public int? EffectiveNote => Kind == "note" ? Number : Note;
    }

    public static IReadOnlyList<Found> In(ReadOnlySpan<byte> printData, FontCoverage fonts, int max)
    {
        var found = new List<Found>();
        var reader = new Utf8JsonReader(printData);
        var open = new Stack<Container>();
        string? property = null;
        var section = string.Empty;
        while (found.Count < max && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    if (reader.CurrentDepth == 1)
                    {
                        section = property ?? string.Empty;
                    }

                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var parent = open.Count == 0 ? null : open.Peek();
                    var name = parent is { IsObject: true } ? property : parent?.Name;
                    open.Push(new Container(reader.TokenType == JsonTokenType.StartObject, name, parent?.EffectiveSrc, parent?.EffectiveNote));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    break;
                case JsonTokenType.Number when property == "n" && open.Peek().IsObject && reader.TryGetInt32(out var number):
                    open.Peek().Number = number;
                    break;
                case JsonTokenType.String:
                    Judge(ref reader, open.Peek(), property, section, fonts, found, max);
                    break;
            }
        }

        return found;
    }

    private static void Judge(ref Utf8JsonReader reader, Container container, string? property, string section, FontCoverage fonts, List<Found> found, int max)
    {
        var key = container.IsObject ? property : container.Name;
        if (container.IsObject && key == "k")
        {
            container.Kind = reader.GetString();
        }
        else if (container.IsObject && key == "src")
        {
            container.OwnSrc = reader.GetString();
        }

        if (key is null || NotSet.Contains(key) || (!reader.ValueIsEscaped && Ascii.IsValid(reader.ValueSpan)))
        {
            return;
        }

        var code = container is { IsObject: true, Kind: "code" } && key == "v";
        foreach (var rune in (reader.GetString() ?? string.Empty).EnumerateRunes())
        {
            if (!fonts.Shows(rune, code) && found.Count < max)
            {
                found.Add(new Found(rune, code, section, container.EffectiveSrc, container.EffectiveNote));
            }
        }
    }
}
