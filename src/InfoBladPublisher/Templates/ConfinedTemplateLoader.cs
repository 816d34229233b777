using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
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
            throw new WordedScriptError(callerSpan, new(
                $"partial '{templateName}' ligt buiten de map met sjablonen",
                $"partial '{templateName}' is outside the template folder"));
        }

        return relative;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var text = _templates.TryReadBytes(templatePath, Limits.TemplateFileBytes, out var problem);
        return problem switch
        {
            FileProblem.None => System.Text.Encoding.UTF8.GetString(text!),
            FileProblem.Missing => throw new WordedScriptError(callerSpan, new(
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' bestaat niet ({_templates.Display(templatePath)})",
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' does not exist ({_templates.Display(templatePath)})")),
            FileProblem.Outside => throw new WordedScriptError(callerSpan, new(
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' leidt naar buiten de map met sjablonen",
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' leads outside the template folder")),
            FileProblem.TooLarge => throw new WordedScriptError(callerSpan, new(
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' is groter dan {Limits.Describe(Limits.TemplateFileBytes)}",
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' is larger than {Limits.Describe(Limits.TemplateFileBytes)}")),
            _ => throw new WordedScriptError(callerSpan, new(
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' is niet te lezen",
                $"partial '{Path.GetFileNameWithoutExtension(templatePath)}' cannot be read")),
        };
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
