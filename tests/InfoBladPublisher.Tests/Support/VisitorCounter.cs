using System.Runtime.InteropServices;

namespace InfoBladPublisher.Tests.Support;

/// <summary>
/// A folder that counts its visitors: inotify reports every open of the folder (a listing) and every open or
/// read of a file directly in it, by any process. A walk that follows a link out of the tree opens it.
/// </summary>
internal sealed partial class VisitorCounter : IDisposable
{
    private const int InNonBlock = 0x800;
    private const uint InAccess = 0x1;
    private const uint InOpen = 0x20;

    // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }
    private const int EventHeader = 16;

    private readonly int _fd;

    public VisitorCounter(string folder)
    {
        _fd = InotifyInit1(InNonBlock);
        Assert.True(_fd >= 0, "inotify_init1 failed");
        Assert.True(InotifyAddWatch(_fd, folder, InOpen | InAccess) >= 0, "inotify_add_watch failed");
    }

    /// <summary>Opens and reads since the counter was made (or last asked).</summary>
    public int Visits()
    {
        var count = 0;
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = (int)Read(_fd, buffer, buffer.Length);
            if (read <= 0)
            {
                return count;
            }

            for (var at = 0; at < read; count++)
            {
                at += EventHeader + BitConverter.ToInt32(buffer, at + 12);
            }
        }
    }

    public void Dispose() => _ = Close(_fd);

    [LibraryImport("libc", EntryPoint = "inotify_init1")]
    private static partial int InotifyInit1(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int InotifyAddWatch(int fd, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read")]
    private static partial nint Read(int fd, [Out] byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
