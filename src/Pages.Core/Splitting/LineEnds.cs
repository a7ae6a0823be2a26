using Pages.Text;

namespace Pages.Splitting;

/// <summary>Whether a line ends a block of text, so that what follows it starts afresh.</summary>
internal static class LineEnds
{
    /// <summary>
    /// A sentence ends at the line's end, or a photo credit does (a caption set one paragraph per
    /// line ends …18万片。本报记者 王正义 摄, with no stop after the credit).
    /// </summary>
    public static bool Block(string line) =>
        Punctuation.EndsSentence(line) || (line.EndsWith('摄') || line.EndsWith("摄影") || line.EndsWith("供图")) && CreditParser.Parse(line) is not null;

    /// <summary>
    /// As <see cref="Block(string)"/>, or the text ends with a mark that continues it on another
    /// page (（下转第二版）), which a narrow column may break over the line and the one before it
    /// (<paramref name="before"/>, null when the line opens its block).
    /// </summary>
    public static bool Block(string line, string? before) =>
        Block(line) || (line.EndsWith('）') || line.EndsWith(')')) && FurnitureRules.EndsWithContinuationMark(before is null ? line : before + line);
}
