using System.Text;
using Pages.Files;

namespace Pages.Site;

/// <summary>
/// Where a build writes the site before it is published: a folder beside the output folder. Only
/// when everything was written and checked is it swapped in for the old output (two renames on the
/// same disk), so a failed or interrupted build leaves the last good site as it was. Every path
/// written is checked to stay inside the folder.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    readonly string output;
    readonly FileStream buildLock;
    bool published;

    public StagingFolder(string outputFolder)
    {
        output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"{outputFolder} cannot be an output folder");
        Directory.CreateDirectory(parent);
        buildLock = Lock(output);
        RecoverInterruptedPublish(output);
        RemoveAbandonedStaging(parent, output);
        Root = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder being written.</summary>
    public string Root { get; }

    public void WriteText(string relativePath, string content) =>
        Write(relativePath, path => File.WriteAllText(path, content, Utf8));

    /// <summary>Writes a file with <paramref name="write"/>, which gets a stream to the staged file.</summary>
    public void Write(string relativePath, Action<Stream> write) => Write(relativePath, path =>
    {
        using var stream = File.Create(path);
        write(stream);
    });

    public void Copy(string relativePath, string sourceFile) =>
        Write(relativePath, path => File.Copy(sourceFile, path, overwrite: true));

    /// <summary>Gives the staged site <paramref name="existingFile"/> (a published file that did not change) without copying its bytes.</summary>
    public void Link(string relativePath, string existingFile) =>
        Write(relativePath, path => HardLinks.LinkOrCopy(existingFile, path));

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
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            write(path);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            throw new OutputWriteException($"{Path.Combine(output, relativePath)} could not be written: {FileFailure.Reason(e)}", e);
        }
    }

    /// <summary>
    /// Runs work that writes into the folder by itself (the search export), saying a failed write
    /// as <see cref="Write(string, Action{string})"/> does: naming the file in the output folder
    /// where .NET's message names it ("reason : 'path'"), else saying what failed.
    /// </summary>
    public T Guard<T>(string what, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (FileFailure.IsFileFault(e) && e is not OutputWriteException)
        {
            var quoted = e.Message.IndexOf(" : '" + Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var file = quoted < 0 ? what : Path.Combine(output, e.Message[(quoted + Root.Length + 5)..].TrimEnd('\''));
            throw new OutputWriteException($"{file} could not be written: {FileFailure.Reason(e)}", e);
        }
    }

    /// <summary>The full path for <paramref name="relativePath"/>; refuses anything that would land outside the folder.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refused to write '{relativePath}': it is outside the output folder");
        return full;
    }

    /// <summary>Swaps the staged site in for the output folder.</summary>
    public void Publish()
    {
        var old = output + ".old";
        if (Directory.Exists(old))
            Directory.Delete(old, recursive: true);
        if (Directory.Exists(output))
            Directory.Move(output, old);
        Directory.Move(Root, output);
        published = true;
        if (Directory.Exists(old))
            Directory.Delete(old, recursive: true);
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
            buildLock.Dispose();
        }
    }

    /// <summary>
    /// Takes the output folder's lock (a file beside it, held open exclusively for the whole build),
    /// so two builds into one folder cannot interleave. The operating system lets go of it when the
    /// process ends, however it ends, so a killed build never leaves the folder locked.
    /// </summary>
    static FileStream Lock(string output)
    {
        var path = output + ".lock";
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new IOException($"another build is writing to {output} (it holds {path}); wait for it to finish and build again");
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
