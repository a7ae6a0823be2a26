using Pages.Quality;

namespace Pages.Tests.Quality;

/// <summary>The place check's lookup: the longest known name at a point of a text.</summary>
public sealed class KnownPlacesTests
{
    static readonly KnownPlaces Known = new(Repo.SampleConfig);

    [Theory]
    [InlineData("在苏家作乡东齐村", 1, "苏家作乡")] // 苏家作 is known too: the longer name wins
    [InlineData("在苏家作乡东齐村", 5, "东齐村")]
    [InlineData("寨卜昌村的群众", 0, "寨卜昌村")] // a village named without 村 is known with it
    [InlineData("宁国镇召开会议", 0, "宁国镇")] // a misprint the configuration lists
    [InlineData("在苏家作乡东齐村", 0, null)]
    [InlineData("苏", 0, null)] // at the text's end
    public void The_longest_known_name_at_a_point(string text, int at, string? expected) =>
        Assert.Equal(expected, Known.LongestAt(text, at));
}
