using System.Text.Json;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>The search export's state in its binary form: everything comes back, and damage is refused.</summary>
public sealed class ExportStateFormatTests
{
    static ExportState State() => new(10, "options with 中文", 4096, 8192, 123_456_789_012, 42, [1, 0, 5_000_000_000],
        [["阳庙镇", "宁郭镇"], [], ["2015"]], [[1, 2, 255], [], [0]], [Convert.ToBase64String(new byte[32]), Convert.ToBase64String([1, 2, 3]), "not Base64", "YQ", ""],
        new Dictionary<string, OwnTermState>(StringComparer.Ordinal) { ["示范"] = new([3, -1, 1L << 40], 4097), ["x"] = new([], 0) },
        [[0, 3], [], [7]])
    {
        Published = "3-00ff",
        Sources = [Convert.ToBase64String(new byte[16]), null, "source"],
    };

    [Fact]
    public void A_state_reads_back_whole()
    {
        var state = State();

        var read = ExportStateFormat.Read(ExportStateFormat.Write(state).Span);

        foreach (var property in typeof(ExportState).GetProperties())
            Assert.Equal(JsonSerializer.Serialize(property.GetValue(state)), JsonSerializer.Serialize(property.GetValue(read)));
    }

    [Fact]
    public void A_damaged_state_is_refused()
    {
        var bytes = ExportStateFormat.Write(State()).ToArray();
        var damaged = (byte[])bytes.Clone();
        damaged[^5] ^= 0x04;

        Assert.Throws<InvalidDataException>(() => ExportStateFormat.Read(damaged));
        Assert.Throws<InvalidDataException>(() => ExportStateFormat.Read(bytes.AsSpan(0, bytes.Length - 1)));
    }
}
