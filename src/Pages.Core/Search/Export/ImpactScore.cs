namespace Pages.Search.Export;

/// <summary>
/// The score a one-term clause gives a document, computed at export time to order each term's
/// postings by impact. It is Lucene's BM25Similarity with float rounding where Lucene rounds (the
/// same steps as theme/assets/search/bm25.js), summed over the fields in double and rounded once,
/// as Lucene's disjunction sums. A clause's score depends only on the term's statistics and the
/// document's frequency and norm in each field, so the order fixed here is the order the client
/// would find, and a block's first score bounds every score after it.
/// </summary>
public sealed class ImpactScore
{
    readonly int maxDoc;
    readonly float[][] caches;
    readonly float[] boosts;
    const float K1 = 1.2f, B = 0.75f;

    public ImpactScore(int maxDoc, IReadOnlyList<StartupField> fields)
    {
        this.maxDoc = maxDoc;
        boosts = [.. fields.Select(f => f.Weight)];
        caches = [.. fields.Select(f => Cache(f.SumTotalTermFreq <= 0 ? 1f : (float)((double)f.SumTotalTermFreq / maxDoc)))];
    }

    /// <summary>Per field, the clause weight of a term with these document frequencies (0 where the field lacks it).</summary>
    public float[] Weights(IReadOnlyList<int> docFreqs)
    {
        var weights = new float[docFreqs.Count];
        for (var f = 0; f < weights.Length; f++)
        {
            if (docFreqs[f] == 0)
                continue;
            var idf = (float)Math.Log(1 + (maxDoc - docFreqs[f] + 0.5) / (docFreqs[f] + 0.5));
            weights[f] = idf * boosts[f] * 1f * (K1 + 1);
        }
        return weights;
    }

    /// <summary>The clause score of one document: per field its frequency and norm byte (frequency 0 where absent).</summary>
    public float Score(float[] weights, ReadOnlySpan<int> freqs, ReadOnlySpan<byte> norms)
    {
        var sum = 0.0;
        for (var f = 0; f < weights.Length; f++)
        {
            if (freqs[f] == 0)
                continue;
            float freq = freqs[f];
            sum += weights[f] * freq / (freq + caches[f][norms[f]]);
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
