using System.Text;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace InfoBladPublisher.Common;

/// <summary>
/// What a directory entry is, without following a link. .NET reports a FIFO, a device and an empty file alike
/// (no attributes, length 0); opening a FIFO blocks until a writer comes, and a device can stream without end.
/// </summary>
internal static class FileKind
{
    /// <returns>True for a regular file; false for a FIFO, socket, device, or what cannot be looked at.</returns>
    public static unsafe bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path);
        }

        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        stat status;
        fixed (byte* name = bytes)
        {
            return lstat(name, &status) == 0 && S_ISREG(status.st_mode);
        }
    }
}
