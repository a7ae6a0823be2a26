using System.Text.Json;

namespace Pages.Site;

/// <summary>
/// How a rebuild publishes only what changed. Moving a few changed files into the published site
/// costs almost nothing, where swapping in a whole new copy meant deleting the old one, tens of
/// thousands of files. So that an interrupted update cannot leave a half-updated site for good,
/// the update is first written down whole (<c>output.publishing</c> beside the output): the files
/// to move in from the staging folder and the files to delete. The next build (holding the
/// output's lock) finds an unfinished journal and completes it before doing anything else: every
/// step is safe to repeat, so the site always ends up as the interrupted build made it.
/// </summary>
/// <param name="Staging">The staging folder the files move from.</param>
/// <param name="Moves">Files to move into the output, relative paths, new files first and the stamp last.</param>
/// <param name="Deletions">Files of the published site the new one no longer has.</param>
/// <param name="Trash">Where the files replaced or deleted go (<see cref="SiteTrash"/>); null: they are deleted at once.</param>
public sealed record PublishJournal(string Staging, IReadOnlyList<string> Moves, IReadOnlyList<string> Deletions, string? Trash = null)
{
    public static string FileOf(string output) => output + ".publishing";

    /// <summary>Writes the journal, then carries it out, then removes it.</summary>
    public void Run(string output)
    {
        var file = FileOf(output);
        Cache.AtomicFile.WriteAllBytes(file, JsonSerializer.SerializeToUtf8Bytes(this, Cache.CacheJsonContext.Default.PublishJournal));
        Apply(output);
        File.Delete(file);
    }

    /// <summary>Completes the journal an interrupted build left, if any; false when there was none.</summary>
    public static bool Resume(string output)
    {
        var file = FileOf(output);
        if (!File.Exists(file))
            return false;
        PublishJournal? journal;
        try
        {
            journal = JsonSerializer.Deserialize(File.ReadAllBytes(file), Cache.CacheJsonContext.Default.PublishJournal);
        }
        catch (JsonException)
        {
            // Written atomically, so a journal that cannot be read was never complete: the update
            // never started, and the published site is the old one, whole.
            journal = null;
        }
        journal?.Apply(output);
        File.Delete(file);
        return journal is not null;
    }

    void Apply(string output)
    {
        var trash = Trash is null ? null : new SiteTrash(Trash);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Moves)
        {
            var from = Path.Combine(Staging, path);
            if (!File.Exists(from))
                continue;
            var to = Path.Combine(output, path);
            if (folders.Add(Path.GetDirectoryName(to)!))
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            // The old file aside first: a rename over it would free it, the slow part, here.
            trash?.Take(to);
            File.Move(from, to, overwrite: true);
        }
        foreach (var path in Deletions)
        {
            var file = Path.Combine(output, path);
            if (trash is not null)
                trash.Take(file);
            else if (File.Exists(file))
                File.Delete(file);
        }
        if (trash is not null)
            trash.TakeFolder(Staging, "staging");
        else if (Directory.Exists(Staging))
            Directory.Delete(Staging, recursive: true);
    }
}
