using System.Text;
using Pages.Text;

namespace Pages.Generate;

/// <summary>
/// Sets text in a column the way the printed pages were: lines cut at the column width, a line
/// never starting with closing punctuation (it stays on the line before, which then runs one over),
/// and now and then a blank line where the text went on in the next column.
/// </summary>
internal static class ColumnWrapper
{
    public static List<string> Wrap(string text, double width, Random random, double columnBreaks)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double used = 0;
        foreach (var c in text)
        {
            var w = CharClass.IsWide(c) ? 1 : 0.5;
            if (used + w > width && line.Length > 0 && !StaysOnLine(c))
            {
                lines.Add(line.ToString());
                if (random.NextDouble() < columnBreaks)
                    lines.Add("");
                line.Clear();
                used = 0;
            }
            // A space never starts a line: extraction marks a new block with a leading space.
            if (c == ' ' && line.Length == 0 && lines.Count > 0)
                continue;
            line.Append(c);
            used += w;
        }
        if (line.Length > 0)
            lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Punctuation that may not begin a line.</summary>
    static bool StaysOnLine(char c) => c is '，' or '。' or '、' or '；' or '：' or '！' or '？' or '）' or '”' or '’' or '》' or ',' or '.' or ')';
}
