namespace InfoBladPublisher.Common;

/// <summary>Writes a file whole or not at all: a reader never sees half of it (a viewer, the next run's cache).</summary>
internal static class WholeFile
{
    public static void Write(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
