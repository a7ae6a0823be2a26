using Pages.Cache;

namespace Pages.Benchmarks;

/// <summary>
/// `manifest-profile OUTPUT`: the render manifest of OUTPUT's cache read, made into bytes and saved,
/// five times each, in one process. Every rebuild reads it whole and, unless nothing changed, makes
/// and saves it whole (13 MB at 5,000 pages); the saving waits at the end of the build.
/// </summary>
internal static class ManifestProfile
{
    public static void Run(string output)
    {
        var cache = BuildCache.Open(output);
        var bytes = File.ReadAllBytes(cache.RenderManifestFile);
        Console.WriteLine($"render.manifest: {bytes.Length:N0} bytes");
        for (var run = 1; run <= 5; run++)
        {
            var manifest = TimedStep.Run("read", () => RenderManifest.Load(cache, output) ?? throw new InvalidOperationException("the manifest does not describe this output"), width: 6);
            Console.WriteLine($"  ({manifest.Keys.Count:N0} pages, {manifest.Files.Count:N0} files, {manifest.ExportSpans.Count:N0} export spans)");
            TimedStep.Run("stamp", manifest.Stamp, width: 6);
            var made = TimedStep.Run("bytes", manifest.Bytes, width: 6);
            TimedStep.Run("save", () =>
            {
                var copy = Path.Combine(Path.GetTempPath(), $"manifest-profile-{Guid.NewGuid():N}");
                AtomicFile.WriteAllBytes(copy, made.Span);
                File.Delete(copy);
                return 0;
            }, width: 6);
        }
    }
}
