using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Pages.Cache;

/// <summary>
/// A file's bytes mapped into memory, read-only, as <see cref="Memory{T}"/>. A rebuild reads the
/// whole page pack (57 MB at 5,000 pages); read into an array, every 4 KB of it is fresh memory the
/// system must hand over and zero first (0.29 s on this project's machine), where mapped, the
/// pages the system already holds for the file are used as they are (0.04 s to touch them all,
/// 2026-11-24). The mapping ends when this is disposed; memory taken from it before that must not
/// be used after (a span asked for then throws <see cref="ObjectDisposedException"/>), so the
/// owner disposes it only once the build is done with the file's entries.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    readonly MemoryMappedFile map;
    readonly MemoryMappedViewAccessor view;
    readonly byte* start;
    readonly int length;
    readonly Lock touching = new();
    int disposed;

    MappedFile(MemoryMappedFile map, MemoryMappedViewAccessor view, int length)
    {
        this.map = map;
        this.view = view;
        this.length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        // The view may begin before the asked-for offset on page alignment; ours starts at 0.
        start = pointer + view.PointerOffset;
    }

    /// <summary>Maps the first <paramref name="length"/> bytes of an open file (the handle stays the caller's).</summary>
    public static MappedFile Open(SafeFileHandle handle, int length)
    {
        var map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedFile(map, map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Touches every page, so that the mapping's page faults are taken now (in the background)
    /// rather than by the readers. Holds off <see cref="Dispose(bool)"/> meanwhile: a background
    /// task started late must not read a mapping that is gone.
    /// </summary>
    public void Touch()
    {
        var sum = 0;
        lock (touching)
            for (var at = 0; at < length && Volatile.Read(ref disposed) == 0; at += 4096)
                sum += start[at];
        GC.KeepAlive(sum);
    }

    public override Span<byte> GetSpan()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        return new Span<byte>(start, length);
    }

    /// <summary>The memory never moves: pinning is only its address.</summary>
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        return new MemoryHandle(start + elementIndex);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        lock (touching)
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
                return;
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            map.Dispose();
        }
    }
}
