using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

internal sealed record MapEntry(string Key, string Value, SourcePosition KeyPosition, SourcePosition ValuePosition);
