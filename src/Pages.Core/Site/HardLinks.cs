using System.Runtime.InteropServices;

namespace Pages.Site;

/// <summary>
/// Hard links: a second name for a file's bytes, made with one system call and no copying. A
/// rebuild gives the staging folder the unchanged pages of the published site this way, so the
/// new site is complete (and published by the same atomic swap) without rewriting them. Where the
/// system has no hard links (or the folders are on different disks) the file is copied.
/// </summary>
public static partial class HardLinks
{
    public static void LinkOrCopy(string existing, string newPath)
    {
        if (!OperatingSystem.IsWindows() && Link(existing, newPath) == 0)
            return;
        File.Copy(existing, newPath, overwrite: true);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);
}
