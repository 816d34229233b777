using System.CommandLine;
using InfoBladPublisher.Cli;

var root = new RootCommand("InfoBladPublisher: Rijksoverheid-styled notas, bijlagen and informatiebladen as PDF and HTML")
{
    PublishCommand.Create(),
    PublishCommand.CreateAssemble(),
    CheckCommand.Create(),
    SnapshotCommand.Create(),
    ReviewCommand.Create(),
    ReviewPlanCommand.Create(),
    NewCommand.Create(),
    SchemasCommand.Create(),
    RenderCommand.Create(),
    ServeCommand.Create(),
    VerifyCommand.Create(),
};
UsageChecks.RefuseEmptyValues(root);
return await root.Parse(args).InvokeAsync();
