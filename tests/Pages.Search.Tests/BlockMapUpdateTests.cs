using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// A block map updated part by part (<see cref="BlockMapUpdate"/>) is the map
/// <see cref="BlockMap.Split"/> cuts from the changed documents whole, and rewrites only the parts
/// around the changed documents.
/// </summary>
public sealed class BlockMapUpdateTests
{
    const int Part = 64;

    /// <summary>A term's documents (spread over numbers 0 to about 3 × count) and their blocks.</summary>
    static SortedDictionary<int, int> Map(Random random, int count, int blockCount)
    {
        var map = new SortedDictionary<int, int>();
        while (map.Count < count)
            map[random.Next(count * 3)] = random.Next(blockCount);
        return map;
    }

    /// <summary>Applies the update to the published parts, as the build's files would be after it.</summary>
    static (string[] Parts, int[]? Starts) Updated(string[] parts, BlockMapUpdate.Result result)
    {
        var files = parts.Select((text, p) => (p, text)).ToDictionary(x => x.p, x => (string?)x.text);
        foreach (var (p, text) in result.Writes)
            files[p] = text;
        return ([.. files.OrderBy(f => f.Key).Select(f => f.Value).OfType<string>()], result.Starts);
    }

    public static TheoryData<int, int, int> Changes => new()
    {
        { 1, 0, 0 },    // one document added
        { 2, 1, 0 },    // an article split in two: one added, one changed
        { 3, 0, 3 },    // removed only
        { 4, 5, 5 },    // several of each
        { 5, 40, 40 },  // many, over several parts
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_updated_map_is_the_map_cut_whole_and_rewrites_only_parts_near_the_change(int seed, int added, int removed)
    {
        var random = new Random(seed);
        var writes = new List<int>();
        for (var round = 0; round < 20; round++)
        {
            var map = Map(random, 2_000, 20);
            var (parts, starts) = BlockMap.Split([.. map.Keys], [.. map.Values], 20, Part);
            var after = new SortedDictionary<int, int>(map);
            var changes = new SortedDictionary<int, int>();
            foreach (var doc in map.Keys.OrderBy(_ => random.Next()).Take(removed))
            {
                changes[doc] = -1;
                after.Remove(doc);
            }
            for (var i = 0; i < added; i++)
            {
                var doc = random.Next(7_000);
                after[doc] = changes[doc] = random.Next(20);
            }
            var result = BlockMapUpdate.Apply(p => parts[p], starts, 20, 20, [.. changes.Select(c => (c.Key, c.Value))], Part)!;
            var whole = BlockMap.Split([.. after.Keys], [.. after.Values], 20, Part);
            var (updated, updatedStarts) = Updated(parts, result);
            Assert.Equal(whole.Parts, updated);
            Assert.Equal(whole.Starts, updatedStarts);
            writes.Add(result.Writes.Count);
        }
        // A document or two rewrite their own part (and the next where a cut moved), not every
        // later one; a cut removed may move every later one, about once in 32 here (in 2,048 at
        // the build's part size).
        if (added + removed <= 2)
            Assert.True(writes.Order().ElementAt(writes.Count / 2) <= 2, string.Join(" ", writes));
    }

    [Fact]
    public void Another_block_count_codes_every_part_again()
    {
        var random = new Random(7);
        var map = Map(random, 1_000, 12);
        var (parts, starts) = BlockMap.Split([.. map.Keys], [.. map.Values], 12, Part);
        var doc = map.Keys.First();
        var result = BlockMapUpdate.Apply(p => parts[p], starts, 12, 13, [(doc, 12)], Part)!;
        map[doc] = 12;
        var whole = BlockMap.Split([.. map.Keys], [.. map.Values], 13, Part);
        Assert.Equal(whole.Parts, Updated(parts, result).Parts);
        Assert.Equal(parts.Length, result.Writes.Count);
    }

    [Fact]
    public void An_unreadable_part_gives_no_update()
    {
        var map = Map(new Random(3), 500, 8);
        var (parts, starts) = BlockMap.Split([.. map.Keys], [.. map.Values], 8, Part);
        Assert.Null(BlockMapUpdate.Apply(p => p == 0 ? parts[0][..^3] : parts[p], starts, 8, 8, [(map.Keys.First(), 3)], Part));
    }
}
