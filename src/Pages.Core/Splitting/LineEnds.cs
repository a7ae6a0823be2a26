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
}
