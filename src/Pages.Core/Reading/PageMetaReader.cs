using System.Globalization;
using Pages.Config;
using Pages.Files;
using Pages.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Reading;

/// <summary>
/// Reads a page's sidecar metadata: &lt;page&gt;.yml beside &lt;page&gt;.txt, for example
/// <code>
/// date: 2015-09-29     # the date
/// edition: 第8123期    # the number, as printed
/// page: 3              # the page's number in the issue (版次)
/// section: 焦作市城乡一体化示范区   # the page's name (版名)
/// </code>
/// Every field is optional. A sidecar that cannot be read is a problem naming its file and line;
/// the page is still built, with its metadata unknown.
/// </summary>
public static class PageMetaReader
{
    public const string Extension = ".yml";

    /// <summary>The sidecar's path for the page file <paramref name="pageFile"/>.</summary>
    public static string SidecarOf(string pageFile) => Path.ChangeExtension(pageFile, Extension);

    public static PageMeta Read(string pageFile, out Problem? problem)
    {
        problem = null;
        var file = SidecarOf(pageFile);
        if (!File.Exists(file))
            return PageMeta.Unknown;
        try
        {
            return Parse(File.ReadAllText(file), file);
        }
        catch (ConfigException e)
        {
            problem = new Problem(Severity.Error, e.File, e.Line, null, $"page metadata not used: {e.Problem}");
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            problem = new Problem(Severity.Error, file, null, null, $"page metadata could not be read: {FileFailure.Reason(e)}; the page is built with its metadata unknown");
        }
        return PageMeta.Unknown;
    }

    public static PageMeta Parse(string text, string file)
    {
        if (YamlNodes.Load(text, file) is not { } root)
            return PageMeta.Unknown;
        var y = new YamlNodes(file);
        var map = y.Mapping(root, "page metadata");
        y.OnlyKeys(map, "page metadata", "date", "edition", "page", "section");

        DateOnly? date = null;
        var dateText = y.Text(map, "date", "page metadata", required: false);
        if (dateText.Length > 0)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw y.Error(YamlNodes.Child(map, "date")!, $"'date' should look like 2015-09-29, not '{dateText}'");
            date = d;
        }
        int? number = null;
        var pageText = y.Text(map, "page", "page metadata", required: false);
        if (pageText.Length > 0)
        {
            if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 999)
                throw y.Error(YamlNodes.Child(map, "page")!, $"'page' should be a page number such as 3, not '{pageText}'");
            number = n;
        }
        var edition = y.Text(map, "edition", "page metadata", required: false);
        var section = y.Text(map, "section", "page metadata", required: false);
        return new PageMeta(date, edition.Length > 0 ? edition : null, number, section.Length > 0 ? section : null);
    }
}
