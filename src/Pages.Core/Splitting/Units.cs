using System.Collections.Immutable;
using Pages.Model;

namespace Pages.Splitting;

/// <summary>
/// A page read as a sequence of building blocks, in printed order. Articles are put together from
/// these by <see cref="ArticleAssembler"/>.
/// </summary>
internal abstract record Unit;

internal sealed record FurnitureUnit(TextPiece Piece) : Unit;

/// <summary>One line of a headline block, trimmed, with whether a blank line stood above it.</summary>
internal sealed record HeadlineLine(string Text, int Offset, int LineNumber, bool BlankBefore);

/// <summary>Lines that make a headline (kicker, title, subtitle) or a cross-head; which one is decided later.</summary>
internal sealed record HeadlineUnit(ImmutableArray<HeadlineLine> Lines, bool Indented) : Unit;

/// <summary>A byline on lines of its own: 本报记者 郭树勋 / 本报通讯员 张 攀.</summary>
internal sealed record BylineUnit(Byline Byline) : Unit;

/// <summary>A paragraph of body text.</summary>
/// <param name="Indented">The paragraph started with a leading space: a new block of text on the page.</param>
/// <param name="IsCaption">The paragraph is a picture caption (a credit follows it, or it starts with an arrow).</param>
internal sealed record ParagraphUnit(TextPiece Piece, bool Indented, bool IsCaption = false) : Unit;

/// <summary>A paragraph that opens with a 电头, split into the 电头 and the rest of the paragraph.</summary>
internal sealed record LedeUnit(Byline Byline, bool IsFollowUp, TextPiece? Body, bool IsCaption = false) : Unit;

/// <summary>A photo credit that ends a caption.</summary>
internal sealed record CreditUnit(Byline Credit) : Unit;
