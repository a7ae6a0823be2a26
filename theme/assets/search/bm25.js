/* Pages search: Lucene 4.8's BM25Similarity, bit for bit. Lucene computes in 32-bit floats, so every
   float operation here is rounded with Math.fround exactly where Lucene's is; the idf's logarithm is
   taken in double and then rounded, as Lucene does. Plain script, no DOM. */
(function (root) {
  'use strict';
  var PS = root.PagesSearch = root.PagesSearch || {};
  var f = Math.fround;

  /* SmallFloat.byte315ToFloat: 3 mantissa bits, exponent zero point 15. */
  var buffer = new ArrayBuffer(4), asInt = new Int32Array(buffer), asFloat = new Float32Array(buffer);
  function byte315ToFloat(b) {
    if (b === 0) return 0;
    asInt[0] = ((b & 0xFF) << 21) + ((63 - 15) << 24);
    return asFloat[0];
  }

  /* BM25Similarity's NORM_TABLE: the length a norm byte stands for, 1 / f^2. */
  var normTable = [];
  for (var i = 0; i < 256; i++) {
    var x = byte315ToFloat(i);
    normTable.push(f(1 / f(x * x)));
  }

  function Bm25(k1, b) {
    this.k1 = f(k1);
    this.b = f(b);
  }

  /* log(1 + (maxDoc - df + 0.5) / (df + 0.5)) in double, then to float. */
  Bm25.prototype.idf = function (df, maxDoc) { return f(Math.log(1 + (maxDoc - df + 0.5) / (df + 0.5))); };

  /* A phrase's idf: the float sum of its terms' idfs, in the phrase's order. */
  Bm25.prototype.phraseIdf = function (dfs, maxDoc) {
    var sum = 0;
    for (var i = 0; i < dfs.length; i++) sum = f(sum + this.idf(dfs[i], maxDoc));
    return sum;
  };

  /* sumTotalTermFreq / maxDoc, in double, then to float (1 for a field no document has). */
  Bm25.prototype.avgdl = function (sumTotalTermFreq, maxDoc) {
    return sumTotalTermFreq <= 0 ? 1 : f(sumTotalTermFreq / maxDoc);
  };

  /* The per-norm-byte part of the formula, k1 * ((1 - b) + b * length / avgdl), as Lucene caches it. */
  Bm25.prototype.cache = function (avgdl) {
    var cache = [], oneMinusB = f(1 - this.b);
    for (var i = 0; i < 256; i++) cache.push(f(this.k1 * f(oneMinusB + f(f(this.b * normTable[i]) / avgdl))));
    return cache;
  };

  /* boost * idf * (k1 + 1); the top-level boost is 1. */
  Bm25.prototype.weight = function (idf, boost) { return f(f(f(idf * boost) * 1) * f(this.k1 + 1)); };

  Bm25.prototype.score = function (weight, freq, cache, norm) {
    return f(f(weight * freq) / f(freq + cache[norm & 0xFF]));
  };

  PS.Bm25 = Bm25;
  PS.byte315ToFloat = byte315ToFloat;
})(typeof globalThis !== 'undefined' ? globalThis : this);
