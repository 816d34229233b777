using System.Globalization;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Validation;

/// <summary>Checks a YAML mapping against a schema and reports every problem, not just the first.</summary>
internal static partial class SchemaValidator
{
    public static FieldValues Validate(string displayPath, YamlMappingNode mapping, Schema schema, DiagnosticBag diagnostics)
    {
        var values = new FieldValues(YamlFile.PositionOf(displayPath, mapping));
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var keyPosition = YamlFile.PositionOf(displayPath, keyNode);
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Report(DiagnosticCodes.WrongType, keyPosition, "een sleutel moet platte tekst zijn", "a key must be plain text");
                continue;
            }

            if (!seen.Add(key))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, keyPosition, $"sleutel '{key}' komt meer dan één keer voor", $"key '{key}' appears more than once");
                continue;
            }

            if (!schema.Fields.TryGetValue(key, out var field))
            {
                var known = string.Join(", ", schema.Fields.Keys.Order(StringComparer.Ordinal));
                var hint = DidYouMean.Tail(key, schema.Fields.Keys, new Wording($"bekende sleutels voor {schema.NameNl}: {known}", $"known keys for {schema.Name}: {known}"));
                diagnostics.Report(DiagnosticCodes.UnknownKey, keyPosition, $"onbekende sleutel '{key}' voor {schema.NameNl}{hint.Nl}", $"unknown key '{key}' for {schema.Name}{hint.En}");
                continue;
            }

            var value = Convert(displayPath, field, valueNode, diagnostics);
            if (value is not null)
            {
                values.Set(key, value, YamlFile.PositionOf(displayPath, valueNode));
            }
        }

        foreach (var field in schema.Fields.Values.Where(f => f.Required && !seen.Contains(f.Key)))
        {
            var help = field.HelpWording;
            var helpNl = help.Nl.Length > 0 ? $" ({help.Nl})" : string.Empty;
            var helpEn = help.En.Length > 0 ? $" ({help.En})" : string.Empty;
            diagnostics.Report(DiagnosticCodes.MissingKey, values.FilePosition, $"verplichte sleutel '{field.Key}' ontbreekt voor {schema.NameNl}{helpNl}", $"missing required key '{field.Key}' for {schema.Name}{helpEn}");
        }

        return values;
    }

    private static object? Convert(string path, FieldSpec field, YamlNode node, DiagnosticBag diagnostics)
    {
        var position = YamlFile.PositionOf(path, node);
        switch (field.Kind)
        {
            case FieldKind.TextList:
                if (node is not YamlSequenceNode sequence)
                {
                    diagnostics.Report(DiagnosticCodes.WrongType, position, $"'{field.Key}' moet een lijst van regels zijn (elke regel begint met '- ')", $"'{field.Key}' must be a list of lines (each line starting with '- ')");
                    return null;
                }

                var lines = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (ScalarText(item) is { } line)
                    {
                        if (DecodedCharacters.Check(field.Key, line, YamlFile.PositionOf(path, item), diagnostics))
                        {
                            lines.Add(line);
                        }
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCodes.WrongType, YamlFile.PositionOf(path, item), $"elk punt van '{field.Key}' moet een regel tekst zijn", $"each entry of '{field.Key}' must be a line of text");
                    }
                }

                return lines;

            case FieldKind.TextMap:
                return ConvertMap(path, field, node, diagnostics);

            case FieldKind.MappingList:
                if (node is not YamlSequenceNode items || items.Children.Any(c => c is not YamlMappingNode))
                {
                    diagnostics.Report(DiagnosticCodes.WrongType, position, $"'{field.Key}' moet een lijst van punten zijn, elk met eigen sleutels ('- naam: …')", $"'{field.Key}' must be a list of entries, each with its own keys ('- naam: …')");
                    return null;
                }

                return items.Children.Cast<YamlMappingNode>().ToList();
        }

        if (ScalarText(node) is not { } text)
        {
            // Say what the single value is: a sender written out in full belongs in its own file.
            var help = field.HelpWording;
            var helpNl = help.Nl.Length > 0 ? $"; geef {help.Nl}" : string.Empty;
            var helpEn = help.En.Length > 0 ? $"; write {help.En}" : string.Empty;
            var kind = Describe(node);
            diagnostics.Report(DiagnosticCodes.WrongType, position, $"'{field.Key}' moet één waarde zijn, geen {kind.Nl}{helpNl}", $"'{field.Key}' must be a single value, not a {kind.En}{helpEn}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (field.AllowEmpty && text.Length == 0)
            {
                return string.Empty;
            }

            diagnostics.Report(DiagnosticCodes.InvalidValue, position, text.Length == 0
                ? new Wording($"'{field.Key}' mag niet leeg zijn", $"'{field.Key}' must not be empty")
                : new Wording($"'{field.Key}' bevat alleen spaties; geef de tekst, of laat de sleutel weg als die niet verplicht is", $"'{field.Key}' holds only spaces; write its text, or leave the key out where it is optional"));
            return null;
        }

        if (!DecodedCharacters.Check(field.Key, text, position, diagnostics))
        {
            return null;
        }

        switch (field.Kind)
        {
            case FieldKind.Date:
                if (IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                diagnostics.Report(DiagnosticCodes.InvalidDate, position, IsoDate().IsMatch(text) ? NoSuchDay(field.Key, text) : new Wording($"'{field.Key}' is geen datum: '{text}'; schrijf de datum als YYYY-MM-DD, bijvoorbeeld 2024-06-07", $"'{field.Key}' is not a date: '{text}'; write it as YYYY-MM-DD, for example 2024-06-07"));
                return null;

            case FieldKind.WholeNumber:
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }

                diagnostics.Report(DiagnosticCodes.WrongType, position, $"'{field.Key}' moet een heel getal zijn, niet '{text}'", $"'{field.Key}' must be a whole number, not '{text}'");
                return null;

            case FieldKind.Boolean:
                switch (text.ToLowerInvariant())
                {
                    case "true" or "ja":
                        return true;
                    case "false" or "nee":
                        return false;
                    default:
                        diagnostics.Report(DiagnosticCodes.WrongType, position, $"'{field.Key}' moet ja of nee zijn, niet '{text}'", $"'{field.Key}' must be ja or nee, not '{text}'");
                        return null;
                }

            default:
                if (field.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    var hint = DidYouMean.Tail(text, allowed);
                    diagnostics.Report(DiagnosticCodes.InvalidValue, position, $"'{field.Key}' moet een van deze waarden zijn: {string.Join(", ", allowed)}, niet '{text}'{hint.Nl}", $"'{field.Key}' must be one of {string.Join(", ", allowed)}, not '{text}'{hint.En}");
                    return null;
                }

                return text;
        }
    }

    private static List<MapEntry>? ConvertMap(string path, FieldSpec field, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, YamlFile.PositionOf(path, node), $"'{field.Key}' moet namen met elk een tekst geven (een mapping)", $"'{field.Key}' must be a mapping of names to texts");
            return null;
        }

        var entries = new List<MapEntry>();
        foreach (var (k, v) in map.Children)
        {
            var keyPosition = YamlFile.PositionOf(path, k);
            if (ScalarText(k) is not { Length: > 0 } key)
            {
                diagnostics.Report(DiagnosticCodes.WrongType, keyPosition, $"elke naam onder '{field.Key}' moet platte tekst zijn", $"every name under '{field.Key}' must be plain text");
                continue;
            }

            if (ScalarText(v) is not { Length: > 0 } value || string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Report(DiagnosticCodes.WrongType, YamlFile.PositionOf(path, v), $"'{field.Key}.{key}' moet een tekst zijn die niet leeg is", $"'{field.Key}.{key}' must be a non-empty text");
                continue;
            }

            if (!DecodedCharacters.Check($"{field.Key}.{key}", value, YamlFile.PositionOf(path, v), diagnostics))
            {
                continue;
            }

            if (entries.Exists(e => e.Key == key))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, keyPosition, $"'{field.Key}.{key}' komt meer dan één keer voor", $"'{field.Key}.{key}' appears more than once");
                continue;
            }

            entries.Add(new MapEntry(key, value, keyPosition, YamlFile.PositionOf(path, v)));
        }

        return entries;
    }

    private static string? ScalarText(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "~" or "null" } => string.Empty,
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        _ => null,
    };

    private static Wording Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => new("lijst", "list"),
        YamlMappingNode => new("mapping", "mapping"),
        _ => new("waarde", "value"),
    };

    /// <summary>A date written in the right form that is no day of the calendar: say which part is wrong, not the form.</summary>
    private static Wording NoSuchDay(string key, string text)
    {
        var (year, month, day) = (int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture), int.Parse(text[8..10], CultureInfo.InvariantCulture));
        return month is < 1 or > 12 ? new($"'{key}' is geen datum: '{text}' heeft geen maand {month}; maanden lopen van 01 tot en met 12", $"'{key}' is not a date: '{text}' has no month {month}; months run from 01 to 12")
            : year < 1 ? new($"'{key}' is geen datum: '{text}'; het jaar begint bij 0001", $"'{key}' is not a date: '{text}'; the year starts at 0001")
            : new($"'{key}' is geen datum: '{text}'; maand {month:00} van {year} heeft {DateTime.DaysInMonth(year, month)} dagen, niet {day}", $"'{key}' is not a date: '{text}'; month {month:00} of {year} has {DateTime.DaysInMonth(year, month)} days, not {day}");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
