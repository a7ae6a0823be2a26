using System.Diagnostics;

namespace Pages.Tests.Site;

/// <summary>
/// A small RAM disk (tmpfs) mounted on a folder, to fill up for real. Mounting needs root with
/// CAP_SYS_ADMIN, which some containers do not grant: <see cref="TryMount"/> then says why instead.
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    Tmpfs(string folder) => Folder = folder;

    public string Folder { get; }

    public static Tmpfs? TryMount(string folder, long bytes, out string? why)
    {
        Directory.CreateDirectory(folder);
        why = Mount("-t", "tmpfs", "-o", $"size={bytes / 1024}k", "tmpfs", folder);
        return why is null ? new Tmpfs(folder) : null;
    }

    /// <summary>Bytes in use on the disk.</summary>
    public long Used
    {
        get
        {
            var drive = new DriveInfo(Folder);
            return drive.TotalSize - drive.TotalFreeSpace;
        }
    }

    /// <summary>Grows or shrinks the disk, keeping what is on it.</summary>
    public void Resize(long bytes) =>
        Assert.Null(Mount("-o", $"remount,size={bytes / 1024}k", Folder));

    public void Dispose() => Run("umount", Folder);

    static string? Mount(params string[] args) => Run("mount", args);

    static string? Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{command} {string.Join(' ', args)}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{command}: {e.Message}";
        }
    }
}
