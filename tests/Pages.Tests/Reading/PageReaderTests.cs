using System.Text;
using Pages.Model;
using Pages.Reading;

namespace Pages.Tests.Reading;

public sealed class PageReaderTests : TempFolder
{

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_page_is_named_by_its_file_name_without_extension()
    {
        var page = PageReader.Read(Write("版 面 一.txt", Encoding.UTF8.GetBytes("示范区")), out var problem);
        Assert.Null(problem);
        Assert.Equal("版 面 一", page!.Name);
        Assert.Equal("示范区", page.Text);
    }

    [Fact]
    public void An_undecodable_page_is_a_problem_naming_the_file_and_byte()
    {
        var path = Write("bad.txt", [0xE7, 0xA4, 0xBA, 0xFF, 0xFE, 0x80]);
        var page = PageReader.Read(path, out var problem);
        Assert.Null(page);
        Assert.Equal(Severity.Error, problem!.Severity);
        Assert.Equal(3, problem.ByteOffset);
        Assert.Contains(path, problem.ToString());
        Assert.Contains("byte 3", problem.ToString());
    }

    [Fact]
    public void An_empty_page_is_read_with_a_warning()
    {
        var page = PageReader.Read(Write("empty.txt", []), out var problem);
        Assert.NotNull(page);
        Assert.Equal(Severity.Warning, problem!.Severity);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var page = PageReader.Read(Path.Combine(Folder, "nope.txt"), out var problem);
        Assert.Null(page);
        Assert.Contains("could not be read", problem!.Message);
    }

    [Fact]
    public void Folders_are_searched_recursively_in_ordinal_order()
    {
        Write("b/2.txt", [0x41]);
        Write("a/1.txt", [0x41]);
        Write("a/notes.md", [0x41]);
        var problems = new List<Problem>();
        var files = PageFiles.Find([Folder], problems);
        Assert.Empty(problems);
        Assert.Equal([Path.Combine(Folder, "a", "1.txt"), Path.Combine(Folder, "b", "2.txt")], files);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported()
    {
        var problems = new List<Problem>();
        Assert.Empty(PageFiles.Find([Path.Combine(Folder, "missing")], problems));
        Assert.Contains("no such file", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_symbolic_link_loop_does_not_trap_the_search()
    {
        Write("pages/1.txt", [0x41]);
        Directory.CreateSymbolicLink(Path.Combine(Folder, "pages", "loop"), Folder);
        var files = PageFiles.Find([Folder], new List<Problem>());
        Assert.Equal([Path.Combine(Folder, "pages", "1.txt")], files);
    }
}
