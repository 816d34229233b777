using System.Text.RegularExpressions;
using InfoBladPublisher.Model;

namespace InfoBladPublisher.Review.Selection;

/// <summary>
/// Which template files a document type's pages are made from: its web layout and the partials it calls
/// (followed through partials that call partials), every asset (stylesheets and fonts are shared), and every
/// print file but the other types' main layouts, as the print source leaves those out.
/// </summary>
internal static partial class TemplateInputs
{
    private const string Layouts = "layouts/";
    private const string Partials = "partials/";
    private const string Print = "print/";
    private const string Assets = "assets/";

    /// <param name="files">Every template file (relative path with '/') and its hash.</param>
    /// <param name="type">The document's type; null when it could not be read, and then every file counts.</param>
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, string> files, Func<string, string?> text, string? type)
    {
        if (type is null || DocumentType.Named(type) is null)
        {
            return [.. files.Keys.Order(StringComparer.Ordinal)];
        }

        var others = DocumentType.All.Where(t => t.Name != type).Select(t => Print + t.Name + ".typ").ToHashSet(StringComparer.Ordinal);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in files.Keys)
        {
            if (path.StartsWith(Assets, StringComparison.Ordinal) || (path.StartsWith(Print, StringComparison.Ordinal) && !others.Contains(path)))
            {
                used.Add(path);
            }
        }

        var pending = new Queue<string>([Layouts + type + ".sbn"]);
        while (pending.TryDequeue(out var template))
        {
            if (!used.Add(template) || text(template) is not { } source)
            {
                continue;
            }

            if (Computed().IsMatch(source))
            {
                // A partial named by an expression could be any of them.
                used.UnionWith(files.Keys.Where(p => p.StartsWith(Partials, StringComparison.Ordinal)));
                continue;
            }

            foreach (Match call in Named().Matches(source))
            {
                pending.Enqueue(Partials + call.Groups["name"].Value + ".sbn");
            }
        }

        used.IntersectWith(files.Keys);
        return [.. used];
    }

    [GeneratedRegex(@"\bpartial\s+[""'](?<name>[^""'\r\n]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    /// <summary>A partial call whose argument is not a plain string.</summary>
    [GeneratedRegex(@"\bpartial\b(?!\s+[""'][^""'\r\n]+[""'])", RegexOptions.CultureInvariant)]
    private static partial Regex Computed();
}
