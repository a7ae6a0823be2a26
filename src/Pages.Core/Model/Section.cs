using System.Collections.Immutable;

namespace Pages.Model;

/// <summary>
/// A stretch of an article under one cross-head (小标题). The first section of most articles has no
/// heading: it is the text before the first cross-head, or the whole article when there is none.
/// </summary>
public sealed record Section(TextPiece? Heading, ImmutableArray<TextPiece> Paragraphs);
