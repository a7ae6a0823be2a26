using System.Collections.Immutable;

namespace Pages.Model;

/// <summary>A byline, 电头 or photo credit as printed, and the people it names.</summary>
public sealed record Byline(TextPiece Piece, ImmutableArray<Credit> Credits)
{
    public string Text => Piece.Text;
}
