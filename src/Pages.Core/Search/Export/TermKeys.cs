namespace Pages.Search.Export;

/// <summary>
/// <see cref="SearchTokenizer"/>'s tokens again, for indexing only: the same rules, but each
/// token handed to a callback as a number (a CJK unigram or bigram is its characters, a word its
/// number in a word table) with its position, so that tokenizing a large archive allocates almost
/// nothing (SearchTokenizer makes a string per token, a third of the export's time on 31,000
/// articles). The tests check every posting against Lucene's index, which SearchTokenizer feeds.
/// </summary>
public sealed class TermKeys
{
    const long BigramTag = 1L << 32, WordTag = 2L << 32;
    readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    readonly List<string> wordList = [];
    readonly System.Text.StringBuilder word = new();

    /// <summary>The term a key stands for.</summary>
    public string Term(long key) => (key >> 32) switch
    {
        0 => ((char)key).ToString(),
        1 => string.Concat((char)(key >> 16 & 0xFFFF), (char)(key & 0xFFFF)),
        _ => wordList[(int)(key & 0xFFFFFFFF)],
    };

    /// <summary>Calls <paramref name="emit"/>(key, position) for every token of <paramref name="text"/>, in order.</summary>
    public void Tokenize(string text, Action<long, int> emit)
    {
        var (pos, gap, any, i, n) = (-1, false, false, 0, text.Length);
        while (i < n)
        {
            var c = SearchTokenizer.Fold(text[i]);
            var cls = Classify(c);
            if (cls == 0)
            {
                i++;
                continue;
            }
            if (cls == 3)
            {
                gap = any;
                i++;
                continue;
            }
            if (cls == 2)
            {
                word.Clear();
                while (i < n && Classify(c = SearchTokenizer.Fold(text[i])) == 2)
                {
                    word.Append(c);
                    i++;
                }
                pos += gap ? 2 : 1;
                (gap, any) = (false, true);
                emit(WordTag | (uint)WordNumber(word.ToString()), pos);
                continue;
            }
            // A CJK run: whitespace between two CJK characters is skipped.
            var previous = '\0';
            var first = true;
            while (i < n)
            {
                var f = SearchTokenizer.Fold(text[i]);
                var k = Classify(f);
                if (k == 1)
                {
                    if (!first)
                        emit(BigramTag | (long)previous << 16 | f, pos);
                    pos += first && gap ? 2 : 1;
                    (gap, any) = (false, true);
                    emit(f, pos);
                    previous = f;
                    first = false;
                    i++;
                    continue;
                }
                if (k != 0)
                    break;
                var j = i;
                while (j < n && Classify(SearchTokenizer.Fold(text[j])) == 0)
                    j++;
                if (j < n && Classify(SearchTokenizer.Fold(text[j])) == 1)
                    i = j;
                else
                    break;
            }
        }
    }

    int WordNumber(string w)
    {
        if (!words.TryGetValue(w, out var number))
        {
            words[w] = number = wordList.Count;
            wordList.Add(w);
        }
        return number;
    }

    /// <summary>0 space, 1 CJK, 2 word character, 3 other (as SearchTokenizer classifies a folded character).</summary>
    static int Classify(char f) => f switch
    {
        <= ' ' => 0,
        >= 'a' and <= 'z' or >= '0' and <= '9' => 2,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '\u3007' => 1,
        _ => 3,
    };
}
