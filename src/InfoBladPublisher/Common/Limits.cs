namespace InfoBladPublisher.Common;

/// <summary>
/// The sizes content may have. Each is far above any real nota and far below what would stall a build;
/// crossing one is a diagnostic, never a silent cut. Listed in docs/security.md.
/// </summary>
internal static class Limits
{
    public const long YamlFileBytes = 256 * 1024;
    public const long BodyFileBytes = 4 * 1024 * 1024;
    public const long CsvFileBytes = 16 * 1024 * 1024;
    public const long TemplateFileBytes = 512 * 1024;
    public const long AssetFileBytes = 8 * 1024 * 1024;
    public const long ImageFileBytes = 2 * 1024 * 1024;
    public const int ImageMaxSidePixels = 8192;
    public const long ImageMaxPixels = 16_000_000;
    public const int DatasetRows = 10_000;

    /// <summary>A chart's rows (bars or points along the axis), and its marks (rows × series).</summary>
    public const int ChartRows = 120;
    public const int ChartMarks = 600;
    public const int NotesPerDocument = 1_000;
    public const int NestingDepth = 32;

    /// <summary>Files and folders in the content or the template tree, links followed inside it.</summary>
    public const int TreeEntries = 100_000;
    public const int IdLength = 64;
    public const int WordLength = 100;

    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
