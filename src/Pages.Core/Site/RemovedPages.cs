using System.Buffers;
using System.Text;

namespace Pages.Site;

/// <summary>
/// The pages a rebuild removed, as a kept page would name them. A page kept from the published
/// site had every link resolve when it was rendered; one can only have broken since if it names
/// a removed page, and a link names its file (<see cref="LinkChecker"/>: never a folder), so only
/// a kept page whose bytes hold a removed page's file name needs its links read again. Reading
/// every kept page's links took 3.5 s of a 5,000-page rebuild in which one article was merged
/// into another (its page removed).
/// </summary>
internal sealed class RemovedPages
{
    /// <summary>More names than this are not looked for one by one: every kept page is read.</summary>
    const int MostNames = 64;

    readonly byte[][] names;

    /// <summary>Whether every kept page must be read: a removed name a link could spell otherwise (escaped), or too many names.</summary>
    readonly bool everyPage;

    /// <param name="removed">The removed pages' paths in the site.</param>
    public RemovedPages(IEnumerable<string> removed)
    {
        var fileNames = removed.Select(Path.GetFileName).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        everyPage = fileNames.Length > MostNames || !fileNames.All(Plain);
        names = [.. fileNames.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>Whether the page (its bytes) may link to a removed page.</summary>
    public bool MayBeNamedIn(ReadOnlySpan<byte> page)
    {
        if (everyPage)
            return true;
        foreach (var name in names)
            if (page.IndexOf(name) >= 0)
                return true;
        return false;
    }

    /// <summary>
    /// A kept page's text if it may link to a removed page, else null. The page is read into a
    /// buffer lent for the look: a rebuild that removes a page looks through every kept page
    /// (38,700 at 5,000 pages, 530 MB), and an array made for each took 1.3 s of a 5,000-page
    /// rebuild in which an article was merged into another, most of it the collector's.
    /// </summary>
    public string? TextIfNamedIn(string file)
    {
        using var handle = File.OpenHandle(file);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var more and > 0)
                read += more;
            var page = buffer.AsSpan(0, read);
            return MayBeNamedIn(page) ? Encoding.UTF8.GetString(page) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A name no link spells otherwise: letters, digits, '-', '_' and '.' are unreserved in a URL, which no writer of links escapes.</summary>
    static bool Plain(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
