namespace Pages.Search.Export;

/// <summary>
/// What the changed documents do to the index's terms: their old text and new text indexed alone
/// (numbered as in the archive), the norms and field sums after the change, and per term the
/// update (<see cref="For"/>): block by block for a large term where that is exact
/// (<see cref="OwnTermUpdate"/>), else the whole term from its published postings.
/// </summary>
internal sealed class TermChange
{
    /// <summary>A term's published header (null if it is new) and its new export (null if no document holds it any more).</summary>
    /// <param name="Blocks">Set when only some of its blocks are written again.</param>
    /// <param name="Moved">Set when only its positions moved (<see cref="PositionsSplice"/>).</param>
    public sealed record Update(TermHeader? Old, TermExport? New, OwnTermUpdate.Result? Blocks, MovedPositions? Moved = null);

    /// <summary>A term whose positions alone changed: its own positions files to write again, or its new p/ bucket entry.</summary>
    public sealed record MovedPositions(List<(string Key, object Data)> Writes, string[]? Inline);

    readonly ExportState old;
    readonly InvertedIndex before, after;
    readonly HashSet<int> changed;
    readonly FacetIndex facets;
    readonly SearchExportOptions options;
    readonly HashSet<string> ownNames;
    readonly Dictionary<int, bool[]> same;

    TermChange(ExportState old, InvertedIndex before, InvertedIndex after, HashSet<int> changed, FacetIndex facets,
        SearchExportOptions options, PublishedBuckets buckets, byte[][] norms, long[] sums)
    {
        (this.old, this.before, this.after, this.changed, this.facets, this.options) = (old, before, after, changed, facets, options);
        (Buckets, Norms, Sums) = (buckets, norms, sums);
        // Every large term's name as its hash gives it (a renamed one's, "…-1", is never a hash).
        ownNames = old.Blocks.Keys.Select(OwnFiles.Name).ToHashSet(StringComparer.Ordinal);
        same = SameDocuments(old, changed, facets, norms);
        Terms = [.. before.Terms.Keys.Union(after.Terms.Keys, StringComparer.Ordinal)
            .Where(t => !SamePostings(before.Terms.GetValueOrDefault(t), after.Terms.GetValueOrDefault(t), same))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every term whose files change, in term order: a term a changed document holds or held, but
    /// not one whose postings in the changed documents are as they were (an edit of a few
    /// characters leaves nearly all of an article's terms as they were).
    /// </summary>
    public string[] Terms { get; }

    /// <summary>
    /// The changed documents whose number and facet values are as they were, with per field
    /// whether its norm is: in those, a term with the same frequencies and positions in fields
    /// whose norms are the same has the same postings, so its files (which also carry the norms
    /// and the counts per facet value) are unchanged. A title corrected changes the title's norm,
    /// not the body's: the body's terms stay as they were.
    /// </summary>
    static Dictionary<int, bool[]> SameDocuments(ExportState old, HashSet<int> changed, FacetIndex facets, byte[][] norms)
    {
        var same = new Dictionary<int, bool[]>();
        foreach (var d in changed)
            if (d < old.Hashes.Length && d < norms[0].Length && old.DocValues[d].AsSpan().SequenceEqual(facets.ValuesOf(d)))
                same[d] = [.. old.Norms.Select((n, f) => n[d] == norms[f][d])];
        return same;
    }

    /// <summary>
    /// Whether a term's postings in field <paramref name="field"/> keep their documents and
    /// frequencies, in documents otherwise the same, with the same norm there (positions aside).
    /// </summary>
    static bool SameCounts(FieldPostings a, FieldPostings b, int field, Dictionary<int, bool[]> same) =>
        a.Docs.SequenceEqual(b.Docs) && a.Freqs.SequenceEqual(b.Freqs)
        && a.Docs.TrueForAll(d => same.TryGetValue(d, out var norms) && norms[field]);

    /// <summary>Whether a term's postings before and after the change are the same, in documents that are otherwise the same.</summary>
    static bool SamePostings(FieldPostings?[]? before, FieldPostings?[]? after, Dictionary<int, bool[]> same)
    {
        for (var f = 0; f < Math.Max(before?.Length ?? 0, after?.Length ?? 0); f++)
        {
            var (a, b) = (before?[f], after?[f]);
            if (a is null && b is null)
                continue;
            if (a is null || b is null || !SameCounts(a, b, f, same) || !a.Positions.SequenceEqual(b.Positions))
                return false;
        }
        return true;
    }

    public PublishedBuckets Buckets { get; }

    /// <summary>Per field and document, the norm bytes after the change.</summary>
    public byte[][] Norms { get; }

    /// <summary>Per field, sumTotalTermFreq after the change.</summary>
    public long[] Sums { get; }

    /// <summary>The change of the documents numbered <paramref name="changedDocs"/>; null when an old text is unknown.</summary>
    public static TermChange? Of(IReadOnlyList<SearchDocument?> docs, PublishedSegment published, int[] changedDocs, FacetIndex facets, SearchExportOptions options)
    {
        var old = published.State;
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        // A document whose searchable text and facet values are as they were changes no posting:
        // what changed is what a result shows (an article after one split on its page is numbered
        // anew there, so its address changes). Its display record is written again, no term.
        changedDocs = [.. changedDocs.Where(d => !(d < old.Hashes.Length && d < docs.Count && docs[d] is { } doc
            && old.Hashes[d] != SearchDocumentHash.Unused && published.OldText(d) is { } text
            && names.Select(doc.Field).SequenceEqual(text, StringComparer.Ordinal) && old.DocValues[d].AsSpan().SequenceEqual(facets.ValuesOf(d))))];
        var gone = changedDocs.Where(d => d < old.Hashes.Length).ToArray();
        // A number no article had held no text: its new document is all the change there is.
        var oldTexts = gone.Select(d => old.Hashes[d] == SearchDocumentHash.Unused ? NoText : published.OldText(d)).ToArray();
        if (Array.Exists(oldTexts, t => t is null))
            return null;
        var added = changedDocs.Where(d => d < docs.Count).ToArray();
        var before = InvertedIndex.Build(gone.Length, (i, f) => oldTexts[i]![f]);
        var after = InvertedIndex.Build(added.Length, (i, f) => docs[added[i]]?.Field(names[f]) ?? "");
        Renumber(before, gone);
        Renumber(after, added);
        var norms = old.Norms.Select(n => Resized(n, docs.Count)).ToArray();
        for (var f = 0; f < names.Length; f++)
            for (var i = 0; i < added.Length; i++)
                norms[f][added[i]] = after.Norms[f][i];
        var sums = old.Sums.Select((s, f) => s - before.SumTotalTermFreq[f] + after.SumTotalTermFreq[f]).ToArray();
        return new TermChange(old, before, after, [.. changedDocs], facets, options, new PublishedBuckets(published, old, SegmentExport.InlineBuckets(old.TermChars, options)), norms, sums);
    }

    /// <summary>
    /// Whether the large terms that must be redone whole (documents gained or lost the term, which
    /// changes its weights and so its whole order; pages added at the end do this to every term
    /// they hold) hold more than <paramref name="share"/> of all large terms' postings: reading
    /// them back then costs more than exporting everything.
    /// </summary>
    public bool TooManyWholeTerms(double share)
    {
        var (whole, all) = (0L, old.Blocks.Values.Sum(b => b.Chars));
        foreach (var term in Terms)
            if (old.Blocks.TryGetValue(term, out var own) && !SameDocFreqs(before.Terms.GetValueOrDefault(term), after.Terms.GetValueOrDefault(term)))
                whole += own.Chars;
        return whole > all * share;
    }

    static bool SameDocFreqs(FieldPostings?[]? a, FieldPostings?[]? b)
    {
        for (var f = 0; f < Math.Max(a?.Length ?? 0, b?.Length ?? 0); f++)
            if ((a?[f]?.Docs.Count ?? 0) != (b?[f]?.Docs.Count ?? 0))
                return false;
        return true;
    }

    /// <summary>The term's update; null when it cannot be made exactly (a file unreadable, a name taken), and the whole index must be exported.</summary>
    public Update? For(string term)
    {
        if (!Buckets.Readable(term))
            return null;
        var header = Buckets.Header(term);
        if (header is not null && Moved(term, header) is { } moved)
            return new Update(header, null, null, moved);
        var fresh = after.Terms.GetValueOrDefault(term);
        if (header is { X: null, F: null } && old.Blocks.TryGetValue(term, out var own)
            && OwnTermUpdate.Try(term, header, own, new OwnTermUpdate.Change(changed, before.Terms.GetValueOrDefault(term), old.Norms,
                fresh, Norms, d => old.DocValues[d], facets.ValuesOf), options, Buckets) is { } partial)
            return new Update(header, partial.Export, partial);
        if (header?.F is not null)
            return null;
        var postings = header is null
            ? new FieldPostings?[old.Norms.Length]
            : TermReader.Read(term, header, Buckets.Positions(term), old.Norms.Length, options.PiecePositions, Buckets.OwnBlock, Buckets.OwnText);
        if (postings is null)
            return null;
        var merged = Merge(postings, changed, fresh);
        if (merged.All(p => p is null))
            return new Update(header, null, null);
        var taken = false;
        var export = TermExport.Make(term, TermExport.Prepare(term, merged, Norms, facets, options), options, t =>
        {
            var name = OwnFiles.Name(t);
            // A name another term's files already have would need that term's header changed too.
            taken = header is not { X: null } && ownNames.Contains(name);
            return name;
        });
        return taken ? null : new Update(header, export, null);
    }

    /// <summary>
    /// The term's update when the changed documents keep its frequencies (and their norms and
    /// facet values) and only its positions moved: the blocks holding those documents get their
    /// positions spliced in. Null otherwise, or when a block is not as the state says.
    /// </summary>
    MovedPositions? Moved(string term, TermHeader header)
    {
        var (was, now, fields) = (before.Terms.GetValueOrDefault(term), after.Terms.GetValueOrDefault(term), old.Norms.Length);
        if (was is null || now is null)
            return null;
        var replaced = new Dictionary<int, int[]?[]>();
        for (var f = 0; f < fields; f++)
        {
            var (a, b) = (was[f], now[f]);
            if (a is null && b is null)
                continue;
            if (a is null || b is null || !SameCounts(a, b, f, same))
                return null;
            for (var (k, start) = (0, 0); k < b.Docs.Count; start += b.Freqs[k++])
            {
                if (!replaced.TryGetValue(b.Docs[k], out var per))
                    replaced[b.Docs[k]] = per = new int[]?[fields];
                per[f] = b.Positions.GetRange(start, b.Freqs[k]).ToArray();
            }
        }
        if (replaced.Count == 0)
            return null;
        if (header.X is { } inline)
        {
            if (Buckets.Positions(term) is not { } positions || positions.Length != inline.Length)
                return null;
            var (spliced, found) = (new string[inline.Length], 0);
            for (var b = 0; b < inline.Length; b++)
            {
                if (PositionsSplice.Replace(inline[b], positions[b], fields, options.PiecePositions, replaced, out var n) is not { } text)
                    return null;
                (spliced[b], found) = (text, found + n);
            }
            return found == replaced.Count ? new MovedPositions([], spliced) : null;
        }
        if (!old.Blocks.TryGetValue(term, out var own) || own.Keys.Length != header.S.Length || own.Keys.Length == 0)
            return null;
        // A document's place in the impact order is its key (unchanged: same frequencies and
        // norms), and a block's last key in the state says which block that place is in.
        var (name, weights) = (header.F ?? OwnFiles.Name(term), ImpactScore.Weights(header.Df, header.N));
        var byBlock = new SortedDictionary<int, Dictionary<int, int[]?[]>>();
        foreach (var (doc, per) in replaced)
        {
            var freqs = per.Select(p => p?.Length ?? 0).ToArray();
            var key = ImpactScore.Key(ImpactScore.Score(weights, freqs, [.. Norms.Select(n => n[doc])]), doc);
            var b = Array.BinarySearch(own.Keys, key);
            b = Math.Min(b < 0 ? ~b : b, own.Keys.Length - 1);
            if (!byBlock.TryGetValue(b, out var docs))
                byBlock[b] = docs = [];
            docs[doc] = per;
        }
        var writes = new List<(string Key, object Data)>();
        foreach (var (b, docs) in byBlock)
        {
            if (Buckets.OwnBlock(SearchShards.OwnBlock(name, b)) is not { } file
                || OwnPositionFiles.Read(name, b, file.P, fields, options.PiecePositions, Buckets.OwnText) is not { } positions
                || PositionsSplice.Replace(file.P, positions, fields, options.PiecePositions, docs, out var n) is not { } text || n != docs.Count)
                return null;
            // The same frequencies, so the same pieces: only those that changed are written.
            foreach (var ((key, piece), publishedPiece) in OwnPositionFiles.Files(name, b, text).Zip(positions.Split(BlockCodec.PieceSeparator)))
                if (piece != publishedPiece)
                    writes.Add((key, piece));
        }
        return new MovedPositions(writes, null);
    }

    /// <summary>The sizes the bucket counts are made from, after the updates.</summary>
    public (long TermChars, long PositionChars) Chars(Update[] updates)
    {
        var (termChars, positionChars) = (old.TermChars, old.PositionChars);
        for (var i = 0; i < Terms.Length; i++)
        {
            if (updates[i].Moved is { } moved)
            {
                if (moved.Inline is { } inline)
                    positionChars += Chars(inline) - Chars(Buckets.Positions(Terms[i]));
                continue;
            }
            if (updates[i].Old is { } h)
            {
                var was = new TermExport(Terms[i], h, TermBlocks.None, "", h.X is null ? OwnFiles.Name(Terms[i]) : null);
                termChars -= was.HeaderChars;
                positionChars -= (h.X is null ? 0 : Buckets.Positions(Terms[i])?.Sum(x => (long)x.Length + 3) ?? 0) + Terms[i].Length + 4;
            }
            if (updates[i].New is { } e)
                (termChars, positionChars) = (termChars + e.HeaderChars, positionChars + e.PositionChars);
        }
        return (termChars, positionChars);
    }

    static long Chars(string[]? texts) => texts?.Sum(x => (long)x.Length + 3) ?? 0;

    static readonly string[] NoText = [.. SearchFields.Weighted.Select(_ => "")];

    static byte[] Resized(byte[] norms, int count)
    {
        var resized = new byte[count];
        Array.Copy(norms, resized, Math.Min(count, norms.Length));
        return resized;
    }

    /// <summary>Gives the documents of a small index built over <paramref name="numbers"/> their numbers in the archive.</summary>
    static void Renumber(InvertedIndex index, int[] numbers)
    {
        foreach (var lists in index.Terms.Values)
            foreach (var list in lists)
                if (list is not null)
                    for (var i = 0; i < list.Docs.Count; i++)
                        list.Docs[i] = numbers[list.Docs[i]];
    }

    /// <summary>Per field, the published postings without the changed documents, with the changed documents' new postings merged in.</summary>
    static FieldPostings?[] Merge(FieldPostings?[] published, HashSet<int> changed, FieldPostings?[]? fresh)
    {
        var merged = new FieldPostings?[published.Length];
        for (var f = 0; f < published.Length; f++)
        {
            var (a, b) = (published[f], fresh?[f]);
            var result = new FieldPostings();
            var (i, j, pa, pb) = (0, 0, 0, 0);
            var (na, nb) = (a?.Docs.Count ?? 0, b?.Docs.Count ?? 0);
            // Sized for both lists (a term of a large archive has thousands of postings).
            result.Docs.Capacity = result.Freqs.Capacity = na + nb;
            result.Positions.Capacity = (a?.Positions.Count ?? 0) + (b?.Positions.Count ?? 0);
            while (i < na || j < nb)
            {
                var takeA = j >= nb || (i < na && a!.Docs[i] < b!.Docs[j]);
                var (from, at, start) = takeA ? (a!, i++, pa) : (b!, j++, pb);
                var freq = from.Freqs[at];
                if (takeA)
                    pa += freq;
                else
                    pb += freq;
                if (takeA && changed.Contains(from.Docs[at]))
                    continue;
                result.Docs.Add(from.Docs[at]);
                result.Freqs.Add(freq);
                result.Positions.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(from.Positions).Slice(start, freq));
            }
            merged[f] = result.Docs.Count == 0 ? null : result;
        }
        return merged;
    }
}
