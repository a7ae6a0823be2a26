namespace Pages.Search.Export;

/// <summary>
/// The order a term's postings are exported in: BM25 computed from the term's own postings alone,
/// never from the rest of the archive, so that a changed article changes only the files of the
/// terms it holds (the build re-exports only those). The lengths it saturates against are fixed
/// reference lengths, not the archive's averages, and the idf counts as the archive's documents
/// the term's own documents (for a frequent term, about the archive's size): the fields' idfs
/// differ a great deal (a term in nearly every body is rare in titles), and leaving them out
/// ordered title matches far too low. A rebuild that leaves a term's documents per field as they
/// were, rounded down to powers of two (<see cref="Weights"/>), leaves every impact of it as it was, so only the blocks its changed documents are in
/// change (<see cref="OwnTermUpdate"/>). Nothing is exact here and nothing needs to
/// be: the client bounds each block from its <see cref="Frontier"/> under the archive's real
/// statistics; a good order only lets it stop after fewer blocks.
/// </summary>
public static class ImpactScore
{
    const float K1 = 1.2f, B = 0.75f;

    /// <summary>
    /// Per field (in <see cref="SearchFields.Weighted"/> order) a typical length in tokens, bigrams
    /// counted, as Lucene's avgdl counts them: the sample archive's averages, rounded (title 21,
    /// body 1,486, byline 22; headings 20, about their average where an article has them).
    /// </summary>
    static readonly float[] ReferenceLengths = [20f, 20f, 1500f, 20f];

    static readonly float[] Boosts = [.. SearchFields.Weighted.Select(f => f.Weight)];

    static readonly float[][] Caches = [.. ReferenceLengths.Select(Cache)];

    /// <summary>
    /// Per field, the weight of a term with these document frequencies, held by <paramref name="docs"/>
    /// documents in all, each count rounded down to a power of two (<see cref="Rounded"/>): a term
    /// that gains or loses a document (an article split in two holds most of its frequent terms
    /// twice) keeps its weights, so its order, and an update rewrites the blocks the changed
    /// postings leave and enter, not the whole term. Once in a doubling the weights change.
    /// </summary>
    public static float[] Weights(IReadOnlyList<int> docFreqs, int docs)
    {
        var weights = new float[docFreqs.Count];
        var all = Rounded(docs);
        for (var f = 0; f < weights.Length; f++)
            if (docFreqs[f] > 0)
            {
                var df = Rounded(docFreqs[f]);
                weights[f] = (float)Math.Log(1 + (all - df + 0.5) / (df + 0.5)) * Boosts[f];
            }
        return weights;
    }

    /// <summary>The largest power of two not above <paramref name="count"/> (0 for none).</summary>
    public static int Rounded(int count) => count <= 0 ? 0 : 1 << System.Numerics.BitOperations.Log2((uint)count);

    /// <summary>Whether a term with these counts has the weights of one with those (<see cref="Weights"/>).</summary>
    public static bool SameWeights(IReadOnlyList<int> docFreqs, int docs, IReadOnlyList<int> otherFreqs, int otherDocs)
    {
        if (Rounded(docs) != Rounded(otherDocs) || docFreqs.Count != otherFreqs.Count)
            return false;
        for (var f = 0; f < docFreqs.Count; f++)
            if (Rounded(docFreqs[f]) != Rounded(otherFreqs[f]))
                return false;
        return true;
    }

    /// <summary>A posting's place in its term's order as one number: the impact's bits inverted above the document, so smaller sorts first.</summary>
    public static long Key(float impact, int doc) => ((long)~BitConverter.SingleToUInt32Bits(Math.Max(0f, impact)) << 32) | (uint)doc;

    /// <summary>The impact of one document: per field its frequency and norm byte (frequency 0 where absent).</summary>
    public static float Score(float[] weights, ReadOnlySpan<int> freqs, ReadOnlySpan<byte> norms)
    {
        var sum = 0.0;
        for (var f = 0; f < freqs.Length; f++)
        {
            if (freqs[f] == 0)
                continue;
            float freq = freqs[f];
            sum += weights[f] * freq / (freq + Caches[f][norms[f]]);
        }
        return (float)sum;
    }

    static float[] Cache(float avgdl)
    {
        var cache = new float[256];
        for (var i = 0; i < 256; i++)
        {
            var x = Byte315ToFloat((byte)i);
            var length = i == 0 ? float.PositiveInfinity : 1f / (x * x);
            cache[i] = K1 * ((1 - B) + B * length / avgdl);
        }
        return cache;
    }

    /// <summary>Lucene's SmallFloat.byte315ToFloat.</summary>
    static float Byte315ToFloat(byte b)
    {
        if (b == 0)
            return 0f;
        var bits = (b & 0xFF) << (24 - 3);
        bits += (63 - 15) << 24;
        return BitConverter.Int32BitsToSingle(bits);
    }
}
