using Pages.Reading;

namespace Pages.Tests.Reading;

public sealed class SourceNamesTests : TempFolder
{
    [Fact]
    public void A_file_is_named_under_its_input_folders_own_name_however_the_folder_was_given()
    {
        var input = Path.Combine(Folder, "archive");
        var page = Path.Combine(input, "pages", "2014", "2014-01-01-p1.txt");
        Directory.CreateDirectory(input);
        foreach (var given in new[] { input, input + Path.DirectorySeparatorChar, Path.GetRelativePath(Environment.CurrentDirectory, input) })
            Assert.Equal("archive/pages/2014/2014-01-01-p1.txt", new SourceNames([given, Folder + "-missing"]).Of(page));
        Assert.Equal("archive/pages/2014/2014-01-01-p1.txt", new SourceNames([input]).Of(Path.GetRelativePath(Environment.CurrentDirectory, page)));
    }

    [Fact]
    public void A_file_outside_every_input_folder_is_named_by_itself()
    {
        var input = Directory.CreateDirectory(Path.Combine(Folder, "archive")).FullName;
        var names = new SourceNames([input]);
        Assert.Equal("p1.txt", names.Of(Path.Combine(Folder, "p1.txt")));
        // A folder whose name begins like the input's is not in it.
        Assert.Equal("p2.txt", names.Of(Path.Combine(Folder, "archive2", "p2.txt")));
    }

    [Fact]
    public void Names_as_given_are_the_paths_themselves() =>
        Assert.Equal("/home/someone/input/pages/p1.txt", SourceNames.AsGiven.Of("/home/someone/input/pages/p1.txt"));
}
