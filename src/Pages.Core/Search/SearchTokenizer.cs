namespace Pages.Search;

/// <summary>
/// Splits text into search tokens. theme/assets/search/tokenize.js is this same algorithm in
/// JavaScript, line for line: change one, change the other (the Jint tests hold them together).
/// <list type="number">
/// <item>Each character is folded: full-width ASCII to half-width, the ideographic space to a
/// space, A–Z to a–z. (Explicit folding rather than NFKC: the build runs with invariant
/// globalization, and the browser and Jint must fold exactly alike.)</item>
/// <item>Whitespace between two CJK characters is dropped, so words split by a column's line break
/// or by spurious spaces (发 挥 产 业) join again.</item>
/// <item>A run of CJK characters gives every character as a unigram (so a one-character query, a
/// surname, works) and every neighbouring pair as a bigram at its first character's position
/// (position increment 0), so a phrase is a chain of bigrams at consecutive positions and the
/// bigrams do not count in the document's length (Lucene discounts overlapping tokens in norms).</item>
/// <item>A run of a–z and 0–9 is one word token.</item>
/// <item>Any other character (punctuation) separates tokens and leaves a one-position gap, so an
/// exact phrase does not match across a comma.</item>
/// </list>
/// </summary>
public static class SearchTokenizer
{
    enum CharClass
    {
        Space,
        Cjk,
        Word,
        Other,
    }

    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
            c = (char)(c - 0xFEE0);
        else if (c == '\u3000')
            c = ' ';
        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    static CharClass Classify(char f) => f switch
    {
        <= ' ' => CharClass.Space,
        >= 'a' and <= 'z' or >= '0' and <= '9' => CharClass.Word,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '\u3007' => CharClass.Cjk,
        _ => CharClass.Other,
    };

    static CharClass ClassAt(string text, int i) => Classify(Fold(text[i]));

    public static List<SearchToken> Tokenize(string text)
    {
        var tokens = new List<SearchToken>();
        var (pos, gap, i, n) = (-1, false, 0, text.Length);
        while (i < n)
        {
            var cls = ClassAt(text, i);
            if (cls == CharClass.Space)
            {
                i++;
                continue;
            }
            if (cls == CharClass.Other)
            {
                gap = tokens.Count > 0;
                i++;
                continue;
            }
            if (cls == CharClass.Word)
            {
                var start = i;
                var word = new System.Text.StringBuilder();
                while (i < n && ClassAt(text, i) == CharClass.Word)
                    word.Append(Fold(text[i++]));
                pos += gap ? 2 : 1;
                gap = false;
                tokens.Add(new SearchToken(word.ToString(), TokenKind.Word, pos, start, i, 0));
                continue;
            }

            var chars = new List<(char C, int At)>();
            while (i < n)
            {
                var c = ClassAt(text, i);
                if (c == CharClass.Cjk)
                {
                    chars.Add((Fold(text[i]), i));
                    i++;
                    continue;
                }
                if (c != CharClass.Space)
                    break;
                var j = i;
                while (j < n && ClassAt(text, j) == CharClass.Space)
                    j++;
                if (j < n && ClassAt(text, j) == CharClass.Cjk)
                    i = j;
                else
                    break;
            }
            for (var k = 0; k < chars.Count; k++)
            {
                pos += k == 0 && gap ? 2 : 1;
                gap = false;
                var (ch, at) = chars[k];
                tokens.Add(new SearchToken(ch.ToString(), TokenKind.Unigram, pos, at, at + 1, chars.Count));
                if (k + 1 < chars.Count)
                    tokens.Add(new SearchToken(string.Concat(ch, chars[k + 1].C), TokenKind.Bigram, pos, at, chars[k + 1].At + 1, chars.Count));
            }
        }
        return tokens;
    }

    /// <summary>
    /// The tokens a query looks up: words, bigrams, and unigrams only where the CJK run is one
    /// character long (a longer run is covered by its bigrams, which are far more selective).
    /// </summary>
    public static List<SearchToken> QueryTokens(string text) =>
        [.. Tokenize(text).Where(t => t.Kind != TokenKind.Unigram || t.RunLength == 1)];
}
