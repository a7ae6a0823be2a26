using System.IO.Hashing;
using Pages.Cache;

namespace Pages.Tests.Cache;

/// <summary>Hashers kept for reuse: one given back starts empty, and two open at once are two.</summary>
public sealed class HashersTests
{
    [Fact]
    public void A_hasher_given_back_hashes_as_a_new_one_and_two_open_at_once_are_apart()
    {
        var expected = XxHash128.Hash("part"u8);
        var first = Hashers.Rent();
        first.Append("something else"u8);
        var second = Hashers.Rent();
        Assert.NotSame(first, second);
        Hashers.Return(first);

        var again = Hashers.Rent();
        Assert.Same(first, again);
        again.Append("part"u8);
        Assert.Equal(expected, again.GetCurrentHash());
        Hashers.Return(again);
        Hashers.Return(second);
    }
}
