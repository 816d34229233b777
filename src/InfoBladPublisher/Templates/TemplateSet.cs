using InfoBladPublisher.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Templates;

/// <summary>
/// All layouts and partials, parsed once and checked together. Frozen after <see cref="Load"/>; each render
/// gets its own sandboxed context, so one set serves every document and thread.
/// </summary>
internal sealed class TemplateSet
{
    private readonly ConfinedDirectory _root;
    private readonly Dictionary<string, Template> _layouts;

    private TemplateSet(ConfinedDirectory root, Dictionary<string, Template> layouts)
    {
        _root = root;
        _layouts = layouts;
    }

    public ConfinedDirectory Root => _root;

    /// <returns>The set, or null when any template has a syntax error (each one is reported).</returns>
    public static TemplateSet? Load(ConfinedDirectory root, DiagnosticBag diagnostics)
    {
        if (!root.Exists)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(root.DisplayRoot),
                "de map met sjablonen bestaat niet",
                "the template folder does not exist");
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var folder in new[] { TemplateLayout.LayoutsFolder, TemplateLayout.PartialsFolder })
        {
            foreach (var file in root.Files(folder, "*" + TemplateLayout.Extension))
            {
                if (root.TryReadText(file, Common.Limits.TemplateFileBytes, diagnostics) is not { } text)
                {
                    continue;
                }

                var template = Template.Parse(text, root.Display(file));
                // Scriban can report one mistake twice from two angles; the first reading is the clearer one.
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).DistinctBy(m => (m.Span.Start.Line, m.Span.Start.Column)))
                {
                    diagnostics.Report(DiagnosticCodes.TemplateSyntax, ToPosition(root, message.Span),
                        $"fout in het sjabloon; Scriban meldt \"{message.Message}\"",
                        message.Message);
                }

                if (folder == TemplateLayout.LayoutsFolder)
                {
                    layouts[Path.GetFileNameWithoutExtension(file)] = template;
                }
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : new TemplateSet(root, layouts);
    }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <returns>The rendered text, or null when the template failed (the error is reported with its template position).</returns>
    public string? Render(string layout, ScriptObject model, SourcePosition requestedBy, DiagnosticBag diagnostics)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            diagnostics.Report(DiagnosticCodes.TemplateMissing, requestedBy,
                $"geen opmaak '{layout}' in {_root.Display(TemplateLayout.LayoutsFolder)}/ (verwacht: {layout}{TemplateLayout.Extension})",
                $"no layout '{layout}' in {_root.Display(TemplateLayout.LayoutsFolder)}/ (expected {layout}{TemplateLayout.Extension})");
            return null;
        }

        var context = CreateSandbox();
        var functions = new ScriptObject();
        functions.Import("partial", new Func<TemplateContext, string, TrustedHtml>(PartialFunction.Render));
        context.PushGlobal(functions);
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            // Our own errors are worded in both languages where they are thrown; Scriban's own are in English only.
            diagnostics.Report(DiagnosticCodes.TemplateRuntime, ToPosition(_root, ex.Span), ex is WordedScriptError worded
                ? worded.Wording
                : new Wording($"fout bij het invullen van het sjabloon; Scriban meldt \"{ex.OriginalMessage}\"", ex.OriginalMessage));
            return null;
        }
    }

    private EscapingTemplateContext CreateSandbox()
    {
        var context = new EscapingTemplateContext
        {
            TemplateLoader = new ConfinedTemplateLoader(_root),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 10_000,
            RecursiveLimit = 32,
            // Far above any page (the body is at most 4 MiB of Markdown); PageFinisher checks every page is whole.
            LimitToString = 64 * 1024 * 1024,
        };

        // Templates reach partials only through 'partial' (trusted output) and cannot read the clock,
        // which would make releases differ from run to run.
        context.BuiltinObject.Remove("include");
        if (context.BuiltinObject["date"] is ScriptObject date)
        {
            date.Remove("now");
        }

        // Nor roll dice: two builds of one commit must give the same bytes.
        if (context.BuiltinObject["math"] is ScriptObject math)
        {
            math.Remove("random");
            math.Remove("uuid");
        }

        return context;
    }

    /// <summary>Partials are parsed under their path relative to the root; show them as the user sees them.</summary>
    private static SourcePosition ToPosition(ConfinedDirectory root, SourceSpan span)
    {
        var file = span.FileName ?? root.DisplayRoot;
        if (!file.StartsWith(root.DisplayRoot, StringComparison.Ordinal))
        {
            file = root.Display(file);
        }

        return new SourcePosition(file, span.Start.Line + 1, span.Start.Column + 1);
    }
}
