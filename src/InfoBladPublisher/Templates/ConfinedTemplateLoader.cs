using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Templates;

/// <summary>Resolves <c>partial "name"</c> to templates/partials/name.sbn and nothing outside the template root.</summary>
internal sealed class ConfinedTemplateLoader : ITemplateLoader
{
    private readonly ConfinedDirectory _templates;

    public ConfinedTemplateLoader(ConfinedDirectory templates) => _templates = templates;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var relative = Path.Combine(TemplateLayout.PartialsFolder, templateName + TemplateLayout.Extension);
        if (templateName.Contains("..", StringComparison.Ordinal) || _templates.Resolve(relative) is null)
        {
            throw new ScriptRuntimeException(callerSpan, $"partial '{templateName}' is outside the template folder");
        }

        return relative;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var text = _templates.TryReadBytes(templatePath, Limits.TemplateFileBytes, out var problem);
        return problem switch
        {
            FileProblem.None => System.Text.Encoding.UTF8.GetString(text!),
            FileProblem.Missing => throw new ScriptRuntimeException(callerSpan, $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' does not exist ({_templates.Display(templatePath)})"),
            FileProblem.Outside => throw new ScriptRuntimeException(callerSpan, $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' leads outside the template folder"),
            FileProblem.TooLarge => throw new ScriptRuntimeException(callerSpan, $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' is larger than {Limits.Describe(Limits.TemplateFileBytes)}"),
            _ => throw new ScriptRuntimeException(callerSpan, $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' cannot be read"),
        };
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
