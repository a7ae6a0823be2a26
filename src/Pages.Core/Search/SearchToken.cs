namespace Pages.Search;

/// <summary>What a token is: a Latin/digit word, one CJK character, or two neighbouring CJK characters.</summary>
public enum TokenKind
{
    Word,
    Unigram,
    Bigram,
}

/// <summary>
/// One token of a text. <see cref="Position"/> is the Lucene position (a bigram shares its first
/// character's position); <see cref="Start"/> and <see cref="End"/> index the original text, so
/// excerpts can mark what matched; <see cref="RunLength"/> is the length of the CJK run it is in.
/// </summary>
public readonly record struct SearchToken(string Term, TokenKind Kind, int Position, int Start, int End, int RunLength);
