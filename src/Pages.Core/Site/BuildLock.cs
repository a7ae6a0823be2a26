namespace Pages.Site;

/// <summary>
/// The output folder's lock: a file beside it (<c>{output}.lock</c>), held for the whole build, so
/// two builds into one folder cannot interleave. Held with a record lock on the file, which the
/// operating system lets go of when the process ends, however it ends, so a killed build never
/// leaves the folder locked; and, because a process never conflicts with its own record locks,
/// also noted in this process. It does not rely on <see cref="FileShare.None"/>: the command runs
/// with .NET's file locking off (System.IO.DisableFileLocking), which spares three system calls for
/// each of the hundred thousand files a build writes.
/// </summary>
public sealed class BuildLock : IDisposable
{
    static readonly HashSet<string> HeldHere = new(StringComparer.Ordinal);

    readonly string path;
    readonly FileStream file;

    BuildLock(string path, FileStream file) => (this.path, this.file) = (path, file);

    /// <summary>Takes the lock of <paramref name="output"/> (a full path); an <see cref="IOException"/> saying so when another build holds it.</summary>
    public static BuildLock Take(string output)
    {
        var path = output + ".lock";
        lock (HeldHere)
            if (!HeldHere.Add(path))
                throw Busy(output, path);
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            // macOS has no record locks in .NET; there FileShare.None is the lock.
            if (!OperatingSystem.IsMacOS())
                file.Lock(0, 1);
            return new BuildLock(path, file);
        }
        catch (IOException)
        {
            file?.Dispose();
            Release(path);
            throw Busy(output, path);
        }
        catch
        {
            file?.Dispose();
            Release(path);
            throw;
        }
    }

    public void Dispose()
    {
        file.Dispose();
        Release(path);
    }

    static void Release(string path)
    {
        lock (HeldHere)
            HeldHere.Remove(path);
    }

    static IOException Busy(string output, string path) =>
        new($"another build is writing to {output} (it holds {path}); wait for it to finish and build again");
}
