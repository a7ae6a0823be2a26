using Microsoft.Win32.SafeHandles;

namespace Pages.Files;

/// <summary>
/// Writes files that do not exist yet (the staging folder's, the cache's temporary ones). Opening
/// them as new rather than "create or truncate" matters: .NET truncates an opened file with a
/// separate call, and ext4 then writes the file out to disk when it is closed, as it does for a
/// file rewritten in place. A build writes a hundred thousand files; that made closing each one
/// wait for the disk.
/// </summary>
public static class NewFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = Open(path);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Opens <paramref name="path"/> for writing, as a new file if it does not exist, else emptied.</summary>
    public static SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        }
    }
}
