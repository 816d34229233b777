using InfoBladPublisher.Cli;

var parse = CliRoot.Create().Parse(args);
RunLanguage.ChooseFrom(parse);
return CliRoot.Refuse(parse, Console.Error) ?? await parse.InvokeAsync();
