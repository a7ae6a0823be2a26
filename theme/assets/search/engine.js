/* Pages search: the engine. Parses a query as src/Pages.Core/Search/SearchQuery.cs does, says which
   shard files it needs, and ranks exactly as Lucene ranks the same query built by LuceneQueries.cs:
   one required clause per query clause, each an OR over the fields with the field's weight as boost.
   The file formats are documented on their C# owners in src/Pages.Core/Search/Export/. No DOM here:
   the tests run this file in Jint. */
(function (root) {
  'use strict';
  var PS = root.PagesSearch = root.PagesSearch || {};
  var f = Math.fround;

  /* Must equal SearchFormat.Version in C#; the start-up file carries the index's own. */
  PS.FORMAT_VERSION = 1;

  /* Every file of the index registers itself here by its key (JSONP-style: works from file://). */
  PS.shards = PS.shards || {};
  PS.register = function (key, data) {
    PS.shards[key] = data;
    if (PS.onRegister) PS.onRegister(key);
  };

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charAt(a)] = a;

  /* PostingsCodec: 5-bit little-endian groups, bit 6 = more follows. */
  function decode(text) {
    var values = [], value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var g = DIGIT[text.charAt(i)];
      value += (g & 31) * Math.pow(2, shift);
      shift += 5;
      if ((g & 32) === 0) { values.push(value); value = 0; shift = 0; }
    }
    return values;
  }

  function docList(text) {
    var gaps = decode(text), docs = [], doc = -1;
    for (var i = 0; i < gaps.length; i++) { doc += gaps[i]; docs.push(doc); }
    return docs;
  }

  /* TermBuckets: FNV-1a over UTF-16 code units. */
  function bucketOf(term, buckets) {
    var h = 2166136261;
    for (var i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619) >>> 0;
    return h % buckets;
  }

  function Engine(index) {
    if (!index || index.v !== PS.FORMAT_VERSION)
      throw new Error('检索索引的格式版本（' + (index ? index.v : '无') + '）与检索程序（' + PS.FORMAT_VERSION +
        '）不符，请用同一版本的 pages 重新生成网站。');
    this.index = index;
    this.n = index.n;
    this.bm25 = new PS.Bm25(index.k1, index.b);
    this.caches = {};
    for (var i = 0; i < index.fields.length; i++) {
      var fld = index.fields[i];
      this.caches[fld.name] = this.bm25.cache(this.bm25.avgdl(fld.sumTotalTermFreq, index.n));
    }
  }

  /* Quoted text ("…" or “…”) is a phrase; the rest, every token required. Repeated clauses once. */
  Engine.prototype.parse = function (text, filters) {
    var clauses = [], seen = {}, free = '', start = 0, quoted = false;
    function add(c) {
      if (!c) return;
      var key = c.terms.map(function (t, i) { return c.positions[i] + ':' + t; }).join(' ');
      if (seen[key]) return;
      seen[key] = true;
      clauses.push(c);
    }
    for (var i = 0; i <= text.length; i++) {
      var end = i === text.length, c = end ? '' : text.charAt(i);
      if (!end && c !== '"' && c !== '\u201C' && c !== '\u201D') continue;
      var part = text.substring(start, i);
      if (quoted) add(phrase(part)); else free += part + ' ';
      quoted = !quoted && !end;
      start = i + 1;
    }
    PS.queryTokens(free).forEach(function (t) { add({ terms: [t.term], positions: [0] }); });
    return { clauses: clauses, filters: filters || {} };
  };

  function phrase(text) {
    var tokens = PS.queryTokens(text);
    if (tokens.length === 0) return null;
    var first = tokens[0].pos;
    return { terms: tokens.map(function (t) { return t.term; }), positions: tokens.map(function (t) { return t.pos - first; }) };
  }

  /* The entry of a term in a bucket family ('t' postings, 'p' positions): undefined while not loaded. */
  Engine.prototype.entry = function (family, term) {
    var buckets = family === 't' ? this.index.termBuckets : this.index.positionBuckets;
    var bucket = PS.shards[family + '/' + bucketOf(term, buckets)];
    if (!bucket) return undefined;
    var e = bucket[term];
    if (typeof e === 'string') return PS.shards[e] ? PS.shards[e][term] : undefined;
    return e || null;
  };

  /* The keys still to load before run() can answer; call again after loading until it is empty. */
  Engine.prototype.missing = function (query) {
    var keys = [], self = this;
    function need(family, term) {
      var buckets = family === 't' ? self.index.termBuckets : self.index.positionBuckets;
      var key = family + '/' + bucketOf(term, buckets), bucket = PS.shards[key];
      if (!bucket) { if (keys.indexOf(key) < 0) keys.push(key); return; }
      var e = bucket[term];
      if (typeof e === 'string' && !PS.shards[e] && keys.indexOf(e) < 0) keys.push(e);
    }
    query.clauses.forEach(function (c) {
      c.terms.forEach(function (t) {
        need('t', t);
        if (c.terms.length > 1) need('p', t);
      });
    });
    if (!PS.shards.facets && Object.keys(query.filters).some(function (k) { return query.filters[k].length > 0; })) keys.push('facets');
    return keys;
  };

  /* Per field: doc -> {freq, norm} of a term. */
  function postings(text) {
    var v = decode(text), map = {}, doc = -1;
    for (var i = 0; i < v.length; i += 3) { doc += v[i]; map[doc] = { freq: v[i + 1], norm: v[i + 2] }; }
    return { map: map, df: v.length / 3 };
  }

  function positionsOf(postingText, positionText) {
    var p = decode(postingText), x = decode(positionText), map = {}, doc = -1, k = 0;
    for (var i = 0; i < p.length; i += 3) {
      doc += p[i];
      var set = {}, pos = -1;
      for (var j = 0; j < p[i + 1]; j++) { pos += x[k++]; set[pos] = true; }
      map[doc] = { positions: set, norm: p[i + 2] };
    }
    return map;
  }

  /* One clause in one field: {cost, scores: doc -> float} or null where Lucene has no scorer. */
  Engine.prototype.fieldClause = function (clause, field) {
    var self = this, cache = this.caches[field.name], scores = {};
    if (clause.terms.length === 1) {
      var e = this.entry('t', clause.terms[0]);
      if (!e || e[field.name] === undefined) return null;
      var p = postings(e[field.name]);
      var w = this.bm25.weight(this.bm25.idf(p.df, this.n), f(field.weight));
      for (var d in p.map) scores[d] = this.bm25.score(w, p.map[d].freq, cache, p.map[d].norm);
      return { cost: p.df, scores: scores };
    }
    var lists = [], dfs = [];
    for (var i = 0; i < clause.terms.length; i++) {
      var te = this.entry('t', clause.terms[i]), pe = this.entry('p', clause.terms[i]);
      if (!te || te[field.name] === undefined) return null;
      lists.push(positionsOf(te[field.name], pe[field.name]));
      dfs.push(decode(te[field.name]).length / 3);
    }
    var weight = this.bm25.weight(this.bm25.phraseIdf(dfs, this.n), f(field.weight));
    /* ExactPhraseScorer: a match is a start p >= 0 with every term at p + its offset. */
    for (var doc in lists[0]) {
      var all = lists.every(function (l) { return l[doc] !== undefined; });
      if (!all) continue;
      var freq = 0;
      for (var s in lists[0][doc].positions) {
        var start = +s - clause.positions[0];
        if (start < 0) continue;
        var ok = true;
        for (var t = 1; t < lists.length && ok; t++) ok = lists[t][doc].positions[start + clause.positions[t]] === true;
        if (ok) freq++;
      }
      if (freq > 0) scores[doc] = self.bm25.score(weight, freq, cache, lists[0][doc].norm);
    }
    return { cost: Math.min.apply(null, dfs), scores: scores };
  };

  /* Every matching document, best first: [{doc, score}], and the facet counts. */
  Engine.prototype.run = function (query) {
    var self = this, clauses = [];
    if (query.clauses.length === 0) return { total: 0, hits: [], counts: {} };
    for (var c = 0; c < query.clauses.length; c++) {
      /* An OR over fields: Lucene sums it in double and rounds once to float. */
      var cost = 0, any = false, sums = {};
      for (var i = 0; i < this.index.fields.length; i++) {
        var fc = this.fieldClause(query.clauses[c], this.index.fields[i]);
        if (!fc) continue;
        any = true;
        cost += fc.cost;
        for (var d in fc.scores) sums[d] = (sums[d] || 0) + fc.scores[d];
      }
      if (!any) return { total: 0, hits: [], counts: {} };
      clauses.push({ cost: cost, sums: sums, order: c });
    }
    /* AND: ConjunctionScorer sorts its clauses by cost (stable) and sums their scores in float. */
    clauses.sort(function (x, y) { return x.cost - y.cost || x.order - y.order; });
    var hits = [];
    for (var doc in clauses[0].sums) {
      var score = 0, inAll = true;
      for (var k = 0; k < clauses.length; k++) {
        var s = clauses[k].sums[doc];
        if (s === undefined) { inAll = false; break; }
        score = k === 0 ? f(s) : f(score + f(s));
      }
      if (inAll) hits.push({ doc: +doc, score: score });
    }
    var facets = this.facetSets(), counts = {}, filtered = [];
    hits.forEach(function (h) {
      var fails = [];
      self.index.facets.forEach(function (fc) {
        var chosen = query.filters[fc.name] || [];
        if (chosen.length > 0 && !chosen.some(function (v) { return facets && facets[fc.name][v] && facets[fc.name][v][h.doc]; })) fails.push(fc.name);
      });
      if (fails.length === 0) filtered.push(h);
      /* Counts per facet ignore that facet's own filter, so its other values stay choosable. */
      if (!facets) return;
      self.index.facets.forEach(function (fc) {
        if (fails.length > 1 || (fails.length === 1 && fails[0] !== fc.name)) return;
        var byValue = counts[fc.name] = counts[fc.name] || {};
        fc.values.forEach(function (v) { if (facets[fc.name][v][h.doc]) byValue[v] = (byValue[v] || 0) + 1; });
      });
    });
    filtered.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
    return { total: filtered.length, hits: filtered, counts: counts };
  };

  /* facet -> value -> {doc: true}, from facets.js once it is loaded. */
  Engine.prototype.facetSets = function () {
    if (this.sets) return this.sets;
    var data = PS.shards.facets;
    if (!data) return null;
    var sets = {};
    this.index.facets.forEach(function (fc) {
      sets[fc.name] = {};
      fc.values.forEach(function (v, i) {
        var set = sets[fc.name][v] = {};
        docList(data[fc.name][i]).forEach(function (d) { set[d] = true; });
      });
    });
    return (this.sets = sets);
  };

  /* The key of a document's display file. */
  PS.docKey = function (doc) { return 'd/' + Math.floor(doc / 1000) + '/' + doc; };

  PS.Engine = Engine;
  PS.decode = decode;
  PS.bucketOf = bucketOf;
})(typeof globalThis !== 'undefined' ? globalThis : this);
