/* Pages search: the engine. Parses a query as src/Pages.Core/Search/SearchQuery.cs does, says which
   shard files it needs, and ranks exactly as Lucene ranks the same query built by LuceneQueries.cs:
   one required clause per query clause, each an OR over the fields with the field's weight as boost.
   A term's postings come in blocks ordered by the score its clause gives (see TermBlocks.cs), each
   with an upper bound, so it asks only for the blocks that can still change the first k results.
   The file formats are documented on their C# owners in src/Pages.Core/Search/Export/. No DOM here:
   the tests run this file in Jint. */
(function (root) {
  'use strict';
  var PS = root.PagesSearch = root.PagesSearch || {};
  var f = Math.fround;

  /* Must equal SearchFormat.Version in C#; the start-up file carries the index's own. */
  PS.FORMAT_VERSION = 3;

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

  var FAIL = null;

  function Engine(index) {
    if (!index || index.v !== PS.FORMAT_VERSION)
      throw new Error('检索索引的格式版本（' + (index ? index.v : '无') + '）与检索程序（' + PS.FORMAT_VERSION +
        '）不符，请用同一版本的 pages 重新生成网站。');
    var self = this;
    this.index = index;
    this.n = index.n;
    this.bm25 = new PS.Bm25(index.k1, index.b);
    this.caches = index.fields.map(function (fld) { return self.bm25.cache(self.bm25.avgdl(fld.sumTotalTermFreq, index.n)); });
    /* Facet values are numbered across all facets in start-up order, as FacetIndex.cs numbers them. */
    this.numbers = {};
    this.values = [];
    index.facets.forEach(function (fc) {
      var byValue = self.numbers[fc.name] = {};
      fc.values.forEach(function (v) { byValue[v] = self.values.length; self.values.push({ facet: fc.name, value: v }); });
    });
    this.lists = {};
    this.filterSets = {};
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

  /* A term's header (TermHeader.cs): undefined while its bucket is not loaded, null if no document has it. */
  Engine.prototype.header = function (term) {
    var bucket = PS.shards['t/' + bucketOf(term, this.index.termBuckets)];
    if (!bucket) return undefined;
    return bucket[term] || null;
  };

  /* Own files (SearchShards.cs): x/ postings, y/ positions, 64 terms a folder. */
  function ownKey(list, positions, name) {
    return (positions ? 'y/' : 'x/') + Math.floor(list.h.f / 64) + '/' + list.h.f + name;
  }

  /* The file holding a term's head postings (or positions); null when they are inline in the header. */
  Engine.prototype.headKey = function (list, positions) {
    if (list.h.f === undefined) return positions ? 'p/' + bucketOf(list.term, this.index.positionBuckets) : null;
    return ownKey(list, positions, 'h');
  };

  Engine.prototype.headText = function (list, positions) {
    var key = this.headKey(list, positions);
    if (key === null) return list.h.x;
    var data = PS.shards[key];
    if (data === undefined) return undefined;
    return list.h.f === undefined ? data[list.term] : data;
  };

  /* Postings (TermBlocks.Encode): gap (the first from `before`), field mask, then per field in the
     mask freq and norm; positions, per document and field, as gaps. */
  function readBlock(list, fieldCount, postingsText, positionsText, before) {
    var v = decode(postingsText), x = positionsText === null ? null : decode(positionsText), doc = before, i = 0, k = 0;
    while (i < v.length) {
      doc += v[i++];
      var mask = v[i++], e = { freq: [], norm: [], pos: [] };
      for (var fi = 0; fi < fieldCount; fi++) {
        e.freq.push(0); e.norm.push(0); e.pos.push(null);
        if ((mask & (1 << fi)) === 0) continue;
        e.freq[fi] = v[i++];
        e.norm[fi] = v[i++];
        if (!x) continue;
        var set = {}, p = -1;
        for (var j = 0; j < e.freq[fi]; j++) { p += x[k++]; set[p] = true; }
        e.pos[fi] = set;
      }
      list.docs[doc] = e;
    }
  }

  /* The term's list: its head once that has arrived, its tail chunks as they arrive (see chunk()). */
  Engine.prototype.list = function (term, h, positions) {
    var key = term + (positions ? '\u0001' : ''), list = this.lists[key];
    if (!list || list.h !== h) {
      list = this.lists[key] = { term: term, h: h, positions: positions, head: false, docs: {}, loaded: {}, dir: null, chunks: [] };
      if (h.t !== undefined) {
        /* The tail's directory: chunk number -> bound (h.k[1] × q / levels, exactly h.k[1] at the top level). */
        var v = decode(h.t), c = -1, levels = this.index.levels;
        list.width = Math.pow(2, h.j);
        list.dir = {};
        for (var i = 0; i < v.length; i += 2) {
          c += v[i];
          list.dir[c] = v[i + 1] === levels ? h.k[1] : h.k[1] * v[i + 1] / levels;
          list.chunks.push(c);
        }
      }
    }
    if (list.dir && !list.members) {
      var m = PS.shards[ownKey(list, false, 'm')];
      if (m !== undefined) list.members = m.b !== undefined ? { bits: m.b } : { set: setOf(docList(m.g)) };
    }
    if (!list.head) {
      var p = this.headText(list, false), x = positions ? this.headText(list, true) : null;
      if (p !== undefined && x !== undefined) { readBlock(list, this.index.fields.length, p, x, -1); list.head = true; }
    }
    return list;
  };

  function setOf(docs) { var set = {}; docs.forEach(function (d) { set[d] = true; }); return set; }

  /* Whether a document holds the list's term (TermMembers.cs: a bitmap, six documents a character, or a set). */
  function member(list, doc) {
    if (!list.dir) return list.docs[doc] !== undefined;
    var m = list.members;
    if (m.set) return m.set[doc] === true;
    var ch = m.bits.charAt(Math.floor(doc / 6));
    return ch !== '' && (DIGIT[ch] & (1 << (doc % 6))) !== 0;
  }

  /* Every document holding the list's term, ascending. */
  function members(list) {
    if (!list.dir) return Object.keys(list.docs).map(Number);
    if (list.members.set) return Object.keys(list.members.set).map(Number);
    var docs = [], bits = list.members.bits;
    for (var i = 0; i < bits.length; i++) {
      var v = DIGIT[bits.charAt(i)];
      for (var j = 0; j < 6; j++) if (v & (1 << j)) docs.push(i * 6 + j);
    }
    return docs;
  }

  /* Whether tail chunk c of the list is read in (reading it if its files have arrived). */
  Engine.prototype.chunk = function (list, c) {
    if (list.loaded[c]) return true;
    var p = PS.shards[ownKey(list, false, 'c' + c)], x = list.positions ? PS.shards[ownKey(list, true, 'c' + c)] : null;
    if (p === undefined || x === undefined) return false;
    readBlock(list, this.index.fields.length, p, x, c * list.width - 1);
    return (list.loaded[c] = true);
  };

  Engine.prototype.chunkKeys = function (list, c, want) {
    want(ownKey(list, false, 'c' + c));
    if (list.positions) want(ownKey(list, true, 'c' + c));
  };

  /* A document in a list (its head read): its entry, ABSENT, or {bound, list, c}: the chunk that would tell. */
  var ABSENT = null;
  Engine.prototype.entry = function (list, doc) {
    var e = list.docs[doc];
    if (e) return e;
    if (!list.dir || !member(list, doc)) return ABSENT;
    var c = Math.floor(doc / list.width), b = list.dir[c];
    if (b === undefined) return ABSENT;
    if (this.chunk(list, c)) return list.docs[doc] || ABSENT;
    return { bound: b, list: list, c: c };
  };

  /* Per field, a term's clause weight (undefined where the field lacks it). */
  Engine.prototype.termWeights = function (h) {
    var self = this;
    return this.index.fields.map(function (fld, fi) {
      return h.df[fi] > 0 ? self.bm25.weight(self.bm25.idf(h.df[fi], self.n), f(fld.weight)) : undefined;
    });
  };

  /* A term clause's score for one document's entry: the fields summed in double, rounded once. */
  Engine.prototype.termScore = function (weights, e) {
    var sum = 0;
    for (var fi = 0; fi < weights.length; fi++)
      if (weights[fi] !== undefined && e.freq[fi] > 0) sum += this.bm25.score(weights[fi], e.freq[fi], this.caches[fi], e.norm[fi]);
    return f(sum);
  };

  /* A clause: {cost, order, lists, status(doc) -> score | {bound, needs} | FAIL};
     null where Lucene has no scorer. Every bound is computed with the same float steps as the score
     it bounds, so it equals the score when what it assumed holds (ties can then be settled). */
  Engine.prototype.clause = function (c, order, headers) {
    var self = this;
    if (c.terms.length === 1) {
      var h = headers[c.terms[0]];
      if (!h) return null;
      var weights = this.termWeights(h), list = this.list(c.terms[0], h, false), cost = 0;
      h.df.forEach(function (df) { cost += df; });
      return {
        cost: cost, order: order, lists: [list],
        status: function (doc) {
          var e = self.entry(list, doc);
          if (e === ABSENT) return FAIL;
          return e.bound === undefined ? self.termScore(weights, e) : { bound: e.bound, needs: [e] };
        }
      };
    }
    var hs = c.terms.map(function (t) { return headers[t]; });
    if (hs.some(function (x) { return !x; })) return null;
    /* A field scores the phrase only where every term has postings (else Lucene has no scorer there). */
    var phraseWeights = [], pcost = 0, anyField = false;
    this.index.fields.forEach(function (fld, fi) {
      var dfs = hs.map(function (x) { return x.df[fi]; });
      if (dfs.some(function (df) { return !(df > 0); })) { phraseWeights.push(undefined); return; }
      anyField = true;
      pcost += Math.min.apply(null, dfs);
      phraseWeights.push(self.bm25.weight(self.bm25.phraseIdf(dfs, self.n), f(fld.weight)));
    });
    if (!anyField) return null;
    var lists = c.terms.map(function (t, i) { return self.list(t, hs[i], true); });
    /* A phrase occurs at most as often as each of its terms, and a field's score grows with the
       frequency, so in every field it scores at most (its weight / the term's weight) times the
       term's score there: the largest such ratio bounds the phrase by each of its terms (raised by a
       millionth, as the two scores are rounded to float apart). */
    var tw = hs.map(function (x) { return self.termWeights(x); });
    var ratios = tw.map(function (w) {
      var r = 0;
      phraseWeights.forEach(function (pw, fi) { if (pw !== undefined) r = Math.max(r, pw / w[fi]); });
      return r * (1 + 1e-6);
    });
    return {
      cost: pcost, order: order, lists: lists,
      status: function (doc) {
        var es = [], needs = [], bound = Infinity;
        for (var i = 0; i < lists.length; i++) {
          var e = self.entry(lists[i], doc);
          if (e === ABSENT) return FAIL;
          if (e.bound !== undefined) { needs.push(e); bound = Math.min(bound, ratios[i] * e.bound); } else es.push(e);
        }
        if (needs.length === 0) return self.phraseScore(c, lists, phraseWeights, doc);
        return { bound: Math.min(bound, self.phraseBound(es, phraseWeights)), needs: needs };
      }
    };
  };

  /* A phrase's score if it occurred in each field as often as the least frequent of the terms read
     (at most that often, and the score grows with it): the exact score when it does. */
  Engine.prototype.phraseBound = function (es, weights) {
    if (es.length === 0) return Infinity;
    var sum = 0;
    for (var fi = 0; fi < weights.length; fi++) {
      if (weights[fi] === undefined) continue;
      var m = Infinity;
      es.forEach(function (e) { m = Math.min(m, e.freq[fi]); });
      if (m > 0) sum += this.bm25.score(weights[fi], m, this.caches[fi], es[0].norm[fi]);
    }
    return f(sum);
  };

  /* ExactPhraseScorer in each field: a match is a start p >= 0 with every term at p + its offset. */
  Engine.prototype.phraseScore = function (c, lists, weights, doc) {
    var sum = 0, matched = false;
    for (var fi = 0; fi < weights.length; fi++) {
      if (weights[fi] === undefined) continue;
      var es = lists.map(function (l) { return l.docs[doc]; });
      if (es.some(function (e) { return !(e.freq[fi] > 0); })) continue;
      var freq = 0;
      for (var s in es[0].pos[fi]) {
        var start = +s - c.positions[0];
        if (start < 0) continue;
        var ok = true;
        for (var t = 1; t < es.length && ok; t++) ok = es[t].pos[fi][start + c.positions[t]] === true;
        if (ok) freq++;
      }
      if (freq > 0) { sum += this.bm25.score(weights[fi], freq, this.caches[fi], es[0].norm[fi]); matched = true; }
    }
    return matched ? f(sum) : FAIL;
  };

  /* The documents of the chosen values, per filtered facet: [{name, sets}]; null entries are files still to load. */
  Engine.prototype.filters = function (query, want) {
    var self = this, groups = [];
    Object.keys(query.filters).forEach(function (name) {
      var chosen = query.filters[name] || [], numbers = self.numbers[name];
      if (chosen.length === 0 || !numbers) return;
      groups.push({
        name: name,
        sets: chosen.map(function (v) {
          if (numbers[v] === undefined) return {};
          var key = 'f/' + numbers[v];
          if (self.filterSets[key]) return self.filterSets[key];
          if (PS.shards[key] === undefined) { want(key); return null; }
          var set = {};
          docList(PS.shards[key]).forEach(function (d) { set[d] = true; });
          return (self.filterSets[key] = set);
        })
      });
    });
    return groups;
  };

  /* What answers the query's first k results (all of them when k is omitted): {need: keys to load
     first} or {need: [], total, exact, hits, counts}. Results are exact (order and scores) for the
     first k; total is exact when `exact`, else an upper bound.
     Every term's head is read first, with (for a query of several terms) each term's documents, so
     the candidates are exactly the documents holding every term. A candidate is exact where every
     list has read it; elsewhere it is bounded by what it scored where read and the chunk bounds
     where not (a one-term query also bounds each unread chunk as a whole). Ordered by bound (ties by
     document number, as Lucene ranks them), the first few say which chunks to load; it stops when
     nothing left can beat the k-th result or tie it from a lower document number. */
  Engine.prototype.evaluate = function (query, k) {
    var self = this, need = [], empty = { need: [], total: 0, exact: true, hits: [], counts: {} };
    if (k === undefined) k = Infinity;
    function want(key) { if (key !== null && PS.shards[key] === undefined && need.indexOf(key) < 0) need.push(key); }
    if (query.clauses.length === 0) return empty;
    var headers = {};
    query.clauses.forEach(function (c) {
      c.terms.forEach(function (t) {
        var h = self.header(t);
        if (h === undefined) want('t/' + bucketOf(t, self.index.termBuckets));
        headers[t] = h;
      });
    });
    var filters = this.filters(query, want);
    if (need.length > 0) return { need: need };
    var clauses = [];
    for (var c = 0; c < query.clauses.length; c++) {
      var clause = this.clause(query.clauses[c], c, headers);
      if (!clause) return empty;
      clauses.push(clause);
    }
    var lists = [];
    clauses.forEach(function (cl) { cl.lists.forEach(function (l) { if (lists.indexOf(l) < 0) lists.push(l); }); });
    /* A one-term query needs no membership: its head, then its chunks by bound, are its candidates. */
    var alone = lists.length === 1 && !lists[0].positions;
    lists.forEach(function (l) {
      if (!l.head) { want(self.headKey(l, false)); if (l.positions) want(self.headKey(l, true)); }
      if (l.dir && !l.members && !alone) want(ownKey(l, false, 'm'));
    });
    if (need.length > 0) return { need: need };
    /* Every chunk that has arrived is read in before anything is decided, so that asking twice gives the same answer. */
    lists.forEach(function (l) { l.chunks.forEach(function (c) { self.chunk(l, c); }); });
    /* AND: ConjunctionScorer sorts its clauses by cost (stable) and sums their scores in float. */
    clauses.sort(function (x, y) { return x.cost - y.cost || x.order - y.order; });
    function passes(doc) {
      return filters.every(function (g) { return g.sets.some(function (set) { return set[doc]; }); });
    }
    function sum(total, part, i) { return i === 0 ? f(part) : f(total + f(part)); }
    /* Every document holding every term is a candidate: the rarest list's documents, kept where
       every other list has them too. */
    var lead = lists.reduce(function (a, b) { return b.h.n < a.h.n ? b : a; }), hits = [], open = [];
    var candidates = alone ? Object.keys(lead.docs).map(Number) : members(lead);
    if (alone) lead.chunks.forEach(function (c) {
      if (!self.chunk(lead, c)) open.push({ doc: c * lead.width, bound: lead.dir[c], needs: [{ list: lead, c: c }] });
    });
    candidates.forEach(function (doc) {
      if (!passes(doc) || !lists.every(function (l) { return l === lead || member(l, doc); })) return;
      var score = 0, bound = 0, needs = [], failed = false;
      for (var i = 0; i < clauses.length && !failed; i++) {
        var st = clauses[i].status(doc);
        if (st === FAIL) failed = true;
        else if (typeof st === 'number') { score = sum(score, st, i); bound = sum(bound, st, i); }
        else { bound = sum(bound, st.bound, i); needs = needs.concat(st.needs); }
      }
      if (failed) return;
      if (needs.length === 0) hits.push({ doc: doc, score: score });
      else open.push({ doc: doc, bound: bound, needs: needs });
    });
    var matches = alone ? (filters.length === 0 || open.length === 0 ? lead.h.n : -1) : hits.length + open.length;
    if (alone && filters.length > 0 && open.length === 0) matches = hits.length;
    hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
    var kth = hits.length >= k ? hits[k - 1] : null;
    open = open.filter(function (o) { return !kth || o.bound > kth.score || (o.bound === kth.score && o.doc < kth.doc); });
    if (open.length > 0) {
      open.sort(function (x, y) { return y.bound - x.bound || x.doc - y.doc; });
      /* For a page of results, the few most promising first (each answer may settle the rest);
         for every result, everything at once. */
      var take = k === Infinity ? open.length : 2;
      for (var o = 0; o < open.length && (o < take || need.length === 0); o++)
        open[o].needs.forEach(function (n) { self.chunkKeys(n.list, n.c, want); });
      return { need: need };
    }
    var single = clauses.length === 1 && clauses[0].lists.length === 1 ? clauses[0].lists[0].h : null;
    /* Every candidate of a query of terms matches (each holds every term): the total is exact. With a
       phrase, a candidate not read to the end may not hold it: then the total is an upper bound. */
    var phrases = clauses.some(function (cl) { return cl.lists.length > 1; });
    var exact = matches >= 0 && (!phrases || matches === hits.length);
    return {
      need: [], total: matches >= 0 ? matches : lead.h.n, exact: exact, hits: hits.slice(0, k),
      counts: single ? this.counts(single, filters) : {}
    };
  };

  /* Filter counts of a one-term query from the counts its header carries: exact for a facet when no
     other facet filters (a facet's counts ignore its own filter, so its other values stay choosable). */
  Engine.prototype.counts = function (h, filters) {
    var counts = {}, v = decode(h.c), number = -1;
    for (var i = 0; i < v.length; i += 2) {
      number += v[i];
      var fv = this.values[number];
      if (!filters.every(function (g) { return g.name === fv.facet; })) continue;
      (counts[fv.facet] = counts[fv.facet] || {})[fv.value] = v[i + 1];
    }
    this.index.facets.forEach(function (fc) {
      if (!counts[fc.name] && filters.every(function (g) { return g.name === fc.name; })) counts[fc.name] = {};
    });
    return counts;
  };

  /* The keys still to load before run() can answer; call again after loading until it is empty. */
  Engine.prototype.missing = function (query, k) { return this.evaluate(query, k).need; };

  /* The first k results (every one when k is omitted), best first, once missing() is empty. */
  Engine.prototype.run = function (query, k) {
    var r = this.evaluate(query, k);
    if (r.need.length > 0) throw new Error('检索所需的文件尚未全部载入：' + r.need.join('、'));
    return r;
  };

  /* The key of the display file holding a document's record (DocFile.cs), and the record. */
  Engine.prototype.docKey = function (doc) { return 'd/' + Math.floor(doc / this.index.docsPerFile); };
  Engine.prototype.display = function (doc) { return PS.shards[this.docKey(doc)][doc % this.index.docsPerFile]; };

  PS.Engine = Engine;
  PS.decode = decode;
  PS.bucketOf = bucketOf;
})(typeof globalThis !== 'undefined' ? globalThis : this);
