using InfoBladPublisher.Cli;

var parse = CliRoot.Create().Parse(args);
return CliRoot.Refuse(parse, Console.Error) ?? await parse.InvokeAsync();
