using Pages.Build;
using Pages.Cache;

namespace Pages.Tests.Cache;

/// <summary>The render manifest's binary form: everything comes back, with the stamp it had, and damage is refused.</summary>
public sealed class ManifestFormatTests
{
    static readonly string Hash = new string('a', 63) + "f";

    static RenderManifest Manifest() => new("theme", null,
        new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = Hash, ["articles/x.html"] = "not a hash" },
        new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = Hash, ["style.css"] = new string('0', 64), ["townships/阳庙镇.html"] = Hash })
    {
        ExportSpans = new(StringComparer.Ordinal) { [Hash] = new ExportSpan("data/2015-03.json", 1, 20), ["key"] = new ExportSpan("data/undated.json", 5_000_000_000, 7) },
    };

    [Fact]
    public void A_manifest_reads_back_whole_with_its_stamp()
    {
        var manifest = Manifest();

        var (read, stamp) = ManifestFormat.Read(ManifestFormat.Write(manifest).Span);

        Assert.Equal(manifest.Stamp(), stamp);
        Assert.Equal(manifest.Stamp(), read.Stamp());
        Assert.Equal((manifest.Theme, manifest.Inputs), (read.Theme, read.Inputs));
        Assert.Equal(manifest.Keys, read.Keys);
        Assert.Equal(manifest.Files, read.Files);
        Assert.Equal(manifest.ExportSpans, read.ExportSpans);
    }

    [Fact]
    public void A_damaged_manifest_is_refused()
    {
        var bytes = ManifestFormat.Write(Manifest()).ToArray();
        bytes[^3] ^= 0x10;

        Assert.Throws<InvalidDataException>(() => ManifestFormat.Read(bytes));
        Assert.Throws<InvalidDataException>(() => ManifestFormat.Read(bytes.AsSpan(0, 40)));
    }
}
