namespace Pages.Text;

/// <summary>Sentence ends and other punctuation the splitter reads line ends by.</summary>
public static class Punctuation
{
    /// <summary>Closing quotes and brackets that may follow a sentence's final stop.</summary>
    public static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '】' or '〉' or '"' or '\'';

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '.' or '．';

    /// <summary>Marks after which a sentence cannot stop: the text goes on on the next line.</summary>
    public static bool IsContinuation(char c) =>
        c is '，' or '、' or '；' or ',' or ';' or '（' or '(' or '“' or '‘' or '《' or '【' or '「' or '『' or '·';

    /// <summary>The last character that is not a closing quote or bracket, or '\0'.</summary>
    public static char LastSignificant(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        for (var i = t.Length - 1; i >= 0; i--)
            if (!IsClosing(t[i]) && !char.IsWhiteSpace(t[i]))
                return t[i];
        return '\0';
    }

    /// <summary>True when the text ends a sentence, closing quotes allowed after the stop (……。”).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text) => IsSentenceEnd(LastSignificant(text));

    /// <summary>Picture arrows (⬆ ⬅ ➡ ⬇ ↑ ← → ↓ ▲ ▼ ◀ ▶) that point from a caption to its picture.</summary>
    public static bool IsPictureArrow(char c) =>
        c is '⬆' or '⬅' or '➡' or '⬇' or '↑' or '←' or '→' or '↓' or '▲' or '▼' or '◀' or '▶' or '◄' or '►' or '↖' or '↗' or '↘' or '↙';
}
