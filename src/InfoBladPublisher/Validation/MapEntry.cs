using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Validation;

public sealed record MapEntry(string Key, string Value, SourcePosition KeyPosition, SourcePosition ValuePosition);
