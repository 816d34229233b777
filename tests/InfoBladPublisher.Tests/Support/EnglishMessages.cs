using System.Runtime.CompilerServices;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Tests.Support;

/// <summary>
/// The suite reads the CLI's messages in English (<c>INFOBLAD_LANG=en</c>, inherited by every <c>infoblad</c> it
/// starts), as most of its assertions were written; the Dutch default is pinned by <c>MessageLanguageTests</c>,
/// which start the CLI without the setting.
/// </summary>
internal static class EnglishMessages
{
    [ModuleInitializer]
    internal static void Choose() => Environment.SetEnvironmentVariable(Languages.EnvironmentVariable, "en");
}
