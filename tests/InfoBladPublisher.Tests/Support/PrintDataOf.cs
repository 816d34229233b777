using System.Text.Json;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Print;

namespace InfoBladPublisher.Tests.Support;

/// <summary>What a document hands its print layout: the data Typst reads as /document.json.</summary>
internal static class PrintDataOf
{
    public static JsonElement Json(RenderedDocument doc) => JsonDocument.Parse(doc.Print.Files[PrintData.DataFile]).RootElement;

    /// <summary>Every file Typst is handed for the document, as text (layouts, data, charts), for what must not be in any of them.</summary>
    public static string AllText(RenderedDocument doc) => string.Concat(doc.Print.Files.Values.Select(b => System.Text.Encoding.UTF8.GetString(b)));
}
