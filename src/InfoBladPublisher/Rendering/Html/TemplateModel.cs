using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Text;
using Scriban.Runtime;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// What a layout sees: plain values (escaped on output) and <see cref="TrustedHtml"/> for rendered Markdown.
/// Built by hand rather than by exposing .NET objects, so templates get data and nothing else.
/// </summary>
internal static class TemplateModel
{
    /// <summary>What every page says of a document, by the names templates use: the document's own and the release's site pages alike.</summary>
    public static ScriptObject DocumentFields(Document doc)
    {
        var m = doc.Meta;
        return new ScriptObject
        {
            ["id"] = doc.Id,
            ["type"] = m.Type.Name,
            ["titel"] = m.Titel,
            ["datum"] = DutchDate.Format(m.Datum),
            ["datum_iso"] = DutchDate.Iso(m.Datum),
            ["kenmerk"] = m.Kenmerk,
            ["status"] = m.Status,
            ["is_concept"] = m.IsConcept,
            ["geaccordeerd_door"] = m.Accordering?.Door,
            ["geaccordeerd_op"] = m.Accordering is { } a ? DutchDate.Format(a.Op) : null,
        };
    }

    public static ScriptObject For(Document doc, string bodyHtml, IReadOnlyList<string> noteHtml, AssetLinker assets, string logoUrl)
    {
        var m = doc.Meta;
        var model = new ScriptObject
        {
            // Always "web" now (the PDF's layout is Typst); kept so that a template asking for it still works.
            ["medium"] = "web",
            ["doc"] = DocumentFields(doc),
            ["afzender"] = new ScriptObject
            {
                ["ministerie"] = doc.Afzender.Ministerie,
                ["woordmerk"] = new ScriptArray(doc.Afzender.Woordmerk),
                ["onderdeel"] = doc.Afzender.Onderdeel,
                ["directie"] = new ScriptArray(doc.Afzender.Directie),
                ["bezoekadres"] = new ScriptArray(doc.Afzender.Bezoekadres),
                ["postadres"] = new ScriptArray(doc.Afzender.Postadres),
                ["website"] = doc.Afzender.Website,
                ["logo_url"] = logoUrl,
            },
            ["body"] = new TrustedHtml(bodyHtml),
            ["voetnoten"] = new ScriptArray(doc.Body.Footnotes.Notes.Select(n => new ScriptObject
            {
                ["nummer"] = n.Number,
                ["html"] = new TrustedHtml(noteHtml[n.Number - 1]),
            })),
        };
        // Every type's own keys (aan, bijlage_nummer, uw_kenmerk, …) are defined for every layout, null where
        // this type has none, so a shared partial can ask for doc.uw_kenmerk without failing on a nota.
        var fields = (ScriptObject)model["doc"]!;
        foreach (var key in DocumentType.All.SelectMany(t => t.OwnFields).Select(f => f.Key).Distinct(StringComparer.Ordinal).Where(k => !fields.ContainsKey(k)))
        {
            fields[key] = m.Own.GetValueOrDefault(key) switch
            {
                IReadOnlyList<string> lines => new ScriptArray(lines.Select(Field)),
                string line => Field(line),
                var value => value,
            };
        }

        assets.ExposeTo(model);
        return model;
    }

    /// <summary>A field with a Woo marking is HTML (its bar or highlight, the rest escaped); any other stays text.</summary>
    private static object Field(string value) => Markdown.Redaction.RedactionHtml.OfValue(value) is { } html ? new TrustedHtml(html) : value;
}
