using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

public sealed record MapEntry(string Key, string Value, SourcePosition KeyPosition, SourcePosition ValuePosition);
