using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Pages.Files;

namespace Pages.Site;

/// <summary>
/// Where a build writes the site before it is published: a folder beside the output folder, so a
/// failed or interrupted build leaves the last good site as it was. Every path written is checked
/// to stay inside the folder, and every file of the new site is noted with the hash of its bytes.
/// <list type="bullet">
/// <item>A whole build writes every file here; once everything was written and checked, the
/// folder is swapped in for the old output (two renames on the same disk).</item>
/// <item>An update of a published site (<see cref="UpdateOf"/>) writes here only the files whose
/// bytes changed, and publishes by moving them in and deleting the files the site no longer has,
/// through a <see cref="PublishJournal"/>.</item>
/// </list>
/// Either way what the site no longer needs goes into a trash folder beside it, which the next
/// builds empty while they work (<see cref="SiteTrash"/>).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    readonly string output;
    readonly BuildLock buildLock;
    SiteFileDictionary files = new(null);
    readonly ConcurrentBag<string> staged = [];

    /// <summary>Folders made so far: a site has a hundred thousand files in a few hundred folders.</summary>
    readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    Cache.ListedFileDictionary? publishedFiles;
    bool published;

    /// <summary>Where the published files this build replaces or removes go (<see cref="SiteTrash"/>).</summary>
    readonly string trash;

    /// <summary>Earlier builds' trash being emptied, stopped before the lock is let go.</summary>
    SiteTrash.Emptying emptying = SiteTrash.Emptying.None;

    /// <summary>
    /// Starts emptying the trash earlier builds left (<see cref="SiteTrash"/>), in the background.
    /// Called once the pages are read: removing files beside a walk of the input and the reading
    /// of the cache slowed them by a third of a second.
    /// </summary>
    public void EmptyTrashBehind() => emptying = SiteTrash.EmptyEarlier(output);

    public StagingFolder(string outputFolder)
    {
        output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"{outputFolder} cannot be an output folder");
        Directory.CreateDirectory(parent);
        buildLock = BuildLock.Take(output);
        PublishJournal.Resume(output);
        RecoverInterruptedPublish(output);
        RemoveAbandonedStaging(parent, output);
        var id = Guid.NewGuid().ToString("N");
        Root = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{id}");
        trash = SiteTrash.FolderOf(output, id);
        // Sized for the published site's files when this build updates one (a set grown to 180,000 files made 19 MB of tables on the way).
        outputFiles = new Lazy<HashSet<UInt128>>(() => ListFiles(output, publishedFiles?.Count ?? 0));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder being written.</summary>
    public string Root { get; }

    /// <summary>The output folder the site is published to (full path).</summary>
    public string Output => output;

    /// <summary>Every file of the new site (paths with '/'), with the hash of its bytes.</summary>
    public IReadOnlyDictionary<string, string> Files => files;

    /// <summary>
    /// Makes this build an update of the published site, whose files are <paramref name="published"/>
    /// (path → hash of its bytes, as <see cref="Files"/> was when it was built). Call before writing.
    /// </summary>
    public void UpdateOf(IReadOnlyDictionary<string, string> published)
    {
        if (!files.IsEmpty)
            throw new InvalidOperationException("a staging folder becomes an update before anything is written to it");
        publishedFiles = Cache.ListedFileDictionary.Of(published);
        files = new SiteFileDictionary(publishedFiles);
    }

    /// <summary>The files of the published site this build updates (empty for a whole build).</summary>
    public IReadOnlyDictionary<string, string> PublishedFiles => (IReadOnlyDictionary<string, string>?)publishedFiles ?? System.Collections.Frozen.FrozenDictionary<string, string>.Empty;


    public void WriteText(string relativePath, string content) => WriteBytes(relativePath, Utf8.GetBytes(content));

    /// <summary>
    /// Writes the stamp of the manifest that describes the new site (<see cref="Cache.RenderManifest.StampFile"/>),
    /// last: not one of the files the manifest lists (<see cref="Files"/>), as it names them all.
    /// </summary>
    public void WriteStamp(string stamp)
    {
        var path = Resolve(Cache.RenderManifest.StampFile);
        try
        {
            NewFile.Write(path, Utf8.GetBytes(stamp));
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            throw Failed(Cache.RenderManifest.StampFile, e);
        }
        staged.Add(Cache.RenderManifest.StampFile);
    }

    /// <summary>
    /// Writes a file with <paramref name="write"/>, which gets a stream to write it to: straight
    /// into the staging folder, hashed on the way. If the published site has these very bytes, the
    /// staged copy is dropped again.
    /// </summary>
    public void Write(string relativePath, Action<Stream> write)
    {
        var key = relativePath.Replace('\\', '/');
        var hash = "";
        Write(relativePath, path =>
        {
            using var file = new FileStream(NewFile.Open(path), FileAccess.Write, 1 << 16);
            using var hashing = new HashingStream(file);
            write(hashing);
            hashing.Flush();
            hash = hashing.Hex();
        });
        if (Note(key, relativePath, hash))
            File.Delete(Resolve(relativePath));
        else
            staged.Add(key);
    }

    public void Copy(string relativePath, string sourceFile) => WriteBytes(relativePath, File.ReadAllBytes(sourceFile));

    /// <summary>A file of the new site: written into the staging folder unless the published site has these very bytes.</summary>
    public void WriteBytes(string relativePath, byte[] bytes) => WriteBytes(relativePath, bytes.AsSpan());

    /// <summary>A file of the new site from bytes the caller keeps (a rendered page's, in its thread's buffer).</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var key = relativePath.Replace('\\', '/');
        if (Note(key, relativePath, FileHash.Of(bytes)))
            return;
        var path = Resolve(relativePath);
        try
        {
            CreateFolderOf(path);
            NewFile.Write(path, bytes);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            throw Failed(relativePath, e);
        }
        staged.Add(key);
    }

    /// <summary>Notes a file of the new site with its hash; true when the published site has it with these very bytes.</summary>
    bool Note(string key, string relativePath, string hash)
    {
        files.Note(key, hash);
        return publishedFiles?.GetValueOrDefault(key) == hash && IsInOutput(key);
    }

    /// <summary>Keeps a file of the published site, unchanged, in the new site (an update only).</summary>
    public void Keep(string relativePath) => Keep(relativePath.Replace('\\', '/').AsSpan());

    /// <summary>Keeps a file of the published site by its path with '/' (no string made of it).</summary>
    public void Keep(ReadOnlySpan<char> path)
    {
        if (!files.Keep(path))
            throw new InvalidOperationException($"{path} is not a file of the published site");
    }

    /// <summary>Whether the published site holds <paramref name="relativePath"/> unchanged, so it can be kept.</summary>
    public bool CanKeep(string relativePath)
    {
        var key = relativePath.Replace('\\', '/');
        return publishedFiles is not null && publishedFiles.ContainsKey(key) && IsInOutput(key);
    }

    /// <summary>
    /// Whether the output folder has the file (path with '/'). The folder is listed once, as the
    /// build starts: a rebuild asks about every file of the site, and asking the disk file by file
    /// took 0.7 s at 5,000 pages where one walk of the folder takes a fifth of that.
    /// </summary>
    public bool IsInOutput(string relativePath) => outputFiles.Value.Contains(PathHash(relativePath));

    /// <summary>The output's files, by <see cref="PathHash"/>.</summary>
    readonly Lazy<HashSet<UInt128>> outputFiles;

    /// <summary>
    /// Lists the output folder in the background now, for a build that will likely update it: the
    /// walk (a fifth of a second at 5,000 pages) then overlaps reading the pages. A whole build
    /// never asks, and does not list it.
    /// </summary>
    public void ListOutputAhead() => Task.Run(() => outputFiles.Value);

    /// <summary>
    /// The output's files, each known by the hash of its path relative to the output (with '/'):
    /// made straight from the walk's entry, with no string per file (180,000 at 5,000 pages; as
    /// strings, the walk was a quarter of a second of one thread, beside the pages being read).
    /// </summary>
    static HashSet<UInt128> ListFiles(string folder, int expected)
    {
        var files = new HashSet<UInt128>(expected);
        if (!Directory.Exists(folder))
            return files;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var walk = new FileSystemEnumerable<UInt128>(root, (ref FileSystemEntry entry) => RelativeHash(entry.Directory, root, entry.FileName), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var file in walk)
            files.Add(file);
        return files;
    }

    /// <summary>The <see cref="PathHash"/> of a file the walk met, its path put together in a buffer.</summary>
    static UInt128 RelativeHash(ReadOnlySpan<char> directory, string root, ReadOnlySpan<char> name)
    {
        var under = directory.Length > root.Length ? directory[(root.Length + 1)..] : [];
        var length = under.Length == 0 ? name.Length : under.Length + 1 + name.Length;
        var path = pathBuffer is { } mine && mine.Length >= length ? mine : pathBuffer = new char[Math.Max(length, 256)];
        if (under.Length > 0)
        {
            under.CopyTo(path);
            path[under.Length] = '/';
        }
        name.CopyTo(path.AsSpan(length - name.Length));
        var relative = path.AsSpan(0, length);
        if (Path.DirectorySeparatorChar != '/')
            relative.Replace(Path.DirectorySeparatorChar, '/');
        return PathHash(relative);
    }

    [ThreadStatic]
    static char[]? pathBuffer;

    /// <summary>A path relative to the output, with '/', as the output's list knows it.</summary>
    static UInt128 PathHash(ReadOnlySpan<char> relativePath) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(relativePath));

    /// <summary>
    /// Creates the file's folder and runs <paramref name="write"/> on its full path. A write that
    /// fails (a full disk, a file size limit) is said naming the file where it would be in the
    /// output folder, not in the hidden staging folder nobody sees.
    /// </summary>
    public void Write(string relativePath, Action<string> write)
    {
        var path = Resolve(relativePath);
        try
        {
            CreateFolderOf(path);
            write(path);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            throw Failed(relativePath, e);
        }
    }

    void CreateFolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            folders[folder] = true;
        }
    }

    OutputWriteException Failed(string relativePath, Exception e) =>
        new($"{Path.Combine(output, relativePath)} could not be written: {FileFailure.Reason(e)}", e);

    /// <summary>The full path for <paramref name="relativePath"/>; refuses anything that would land outside the folder.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refused to write '{relativePath}': it is outside the output folder");
        return full;
    }

    /// <summary>Publishes the new site: swaps it in whole, or moves in what an update changed.</summary>
    public void Publish()
    {
        if (publishedFiles is not null)
        {
            var moves = staged.Distinct()
                .OrderBy(p => p == Cache.RenderManifest.StampFile)
                .ThenBy(p => publishedFiles.ContainsKey(p))
                .ThenBy(p => p, StringComparer.Ordinal).ToList();
            var deletions = files.Dropped().Order(StringComparer.Ordinal).ToList();
            new PublishJournal(Root, moves, deletions, trash).Run(output);
            published = true;
            return;
        }

        var old = output + ".old";
        if (Directory.Exists(old))
            Directory.Delete(old, recursive: true);
        if (Directory.Exists(output))
            Directory.Move(output, old);
        Directory.Move(Root, output);
        published = true;
        new SiteTrash(trash).TakeFolder(old, "site");
    }

    public void Dispose()
    {
        try
        {
            if (!published && Directory.Exists(Root))
                Directory.Delete(Root, recursive: true);
        }
        finally
        {
            try
            {
                // Not two builds emptying one trash: the next takes the lock once this one has stopped.
                emptying.Stop();
            }
            finally
            {
                buildLock.Dispose();
            }
        }
    }

    /// <summary>
    /// A build that was killed left its staging folder behind. Holding the output's lock, this build
    /// knows no other is writing one, so any staging folder of this output is abandoned.
    /// </summary>
    static void RemoveAbandonedStaging(string parent, string output)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.building-*"))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>A build killed between the two renames of <see cref="Publish"/> left the old site aside: put it back.</summary>
    static void RecoverInterruptedPublish(string output)
    {
        var old = output + ".old";
        if (!Directory.Exists(output) && Directory.Exists(old))
            Directory.Move(old, output);
    }
}

/// <summary>A file of the new site that could not be written, named where it would be in the output folder.</summary>
public sealed class OutputWriteException(string message, Exception inner) : IOException(message, inner);
