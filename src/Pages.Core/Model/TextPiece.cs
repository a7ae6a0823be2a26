namespace Pages.Model;

/// <summary>
/// A run of a page's text that became one field of an article (a title, a byline, a paragraph)
/// or one piece of page furniture. <see cref="Offset"/> is where its first character stands in the
/// page's text, so every piece can be traced back to the printed page and ordered as printed.
/// </summary>
public sealed record TextPiece(string Text, int Offset, int FirstLine, int LastLine);
