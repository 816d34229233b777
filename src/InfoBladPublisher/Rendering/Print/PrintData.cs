using System.Text.Json;
using InfoBladPublisher.Markdown.Redaction;
using InfoBladPublisher.Model;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>
/// A document as the data its print layout reads (<c>/document.json</c>): metadata, sender and the body as a
/// tree of blocks and inlines. Content only ever reaches Typst as JSON strings, so no value from content can
/// become Typst code or markup, whatever characters it holds.
/// </summary>
internal static class PrintData
{
    public const string DataFile = "/document.json";

    /// <param name="logo">Where the layout finds the sender's logo in the Typst root.</param>
    /// <param name="files">The body's images and charts, by their path in the Typst root.</param>
    /// <param name="breaks">Where the gate's repairs of an earlier layout start new pages in this one.</param>
    internal static byte[] Write(Document doc, string logo, bool intern, PrintFiles files, Markdown.Print.IPageBreaks breaks)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            var m = doc.Meta;
            json.WriteStartObject();
            json.WriteString("id", doc.Id);
            json.WriteString("type", m.Type.Name);
            json.WriteString("titel", m.Titel);
            json.WriteString("datum", DutchDate.Format(m.Datum));
            json.WriteString("datum_iso", DutchDate.Iso(m.Datum));
            json.WriteString("kenmerk", m.Kenmerk);
            json.WriteString("status", m.Status);
            json.WriteBoolean("concept", m.IsConcept);
            json.WriteBoolean("intern", intern);
            json.WriteBoolean("gelakt", m.Redactions.Count > 0);
            json.WriteStartObject("eigen");
            foreach (var key in DocumentType.All.SelectMany(t => t.OwnFields).Select(f => f.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                json.WritePropertyName(key);
                WriteField(json, m.Own.GetValueOrDefault(key));
            }

            json.WriteEndObject();
            WriteSender(json, doc.Afzender, logo);
            json.WritePropertyName("body");
            Markdown.MarkdownEngine.RenderPrint(doc.Body, json, files, breaks);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteSender(Utf8JsonWriter json, Organisation o, string logo)
    {
        json.WriteStartObject("afzender");
        json.WriteString("ministerie", o.Ministerie);
        WriteLines(json, "woordmerk", o.Woordmerk);
        json.WriteString("onderdeel", o.Onderdeel);
        WriteLines(json, "directie", o.Directie);
        WriteLines(json, "bezoekadres", o.Bezoekadres);
        WriteLines(json, "postadres", o.Postadres);
        json.WriteString("website", o.Website);
        json.WriteString("logo", logo);
        json.WriteEndObject();
    }

    private static void WriteLines(Utf8JsonWriter json, string name, IReadOnlyList<string> lines)
    {
        json.WriteStartArray(name);
        foreach (var line in lines)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
    }

    /// <summary>A type's own field: null, a text (as inlines, so a Woo mark in it is a bar), or a list of texts.</summary>
    private static void WriteField(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case IReadOnlyList<string> lines:
                json.WriteStartArray();
                foreach (var line in lines)
                {
                    RedactionPrint.WriteValue(json, line);
                }

                json.WriteEndArray();
                break;
            case string text:
                RedactionPrint.WriteValue(json, text);
                break;
            default:
                RedactionPrint.WriteValue(json, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }
}
