using InfoBladPublisher.Cli;

// Before parsing: the parser's own checks word their errors in the chosen language.
RunLanguage.ChooseFrom(args);
var parse = CliRoot.Create().Parse(args);
return CliRoot.Refuse(parse, Console.Error) ?? await parse.InvokeAsync();
