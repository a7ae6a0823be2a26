/* Pages search: the engine. Parses a query as src/Pages.Core/Search/SearchQuery.cs does, says which
   shard files it needs, and ranks exactly as Lucene ranks the same query built by LuceneQueries.cs:
   one required clause per query clause, each an OR over the fields with the field's weight as boost.
   A term's postings come in blocks ordered by an impact that approximates the score its clause
   gives (see TermBlocks.cs, ImpactScore.cs), each with a frontier the client turns into the exact
   best score in the block, so it asks only for the blocks that can still change the first k results.
   The index comes in segments (SearchSegments.cs: the older documents, and the newest apart, so
   that pages added at the end rewrite only theirs), each with its own terms, blocks and facet
   files numbering documents from the segment's first; a term's header is read in every segment,
   and its blocks from all of them are one list, scored with the archive's statistics from the
   start-up file, as Lucene scores its one index.
   The file formats are documented on their C# owners in src/Pages.Core/Search/Export/. No DOM here:
   the tests run this file in Jint. */
(function (root) {
  'use strict';
  var PS = root.PagesSearch = root.PagesSearch || {};
  var f = Math.fround;

  /* Must equal SearchFormat.Version in C#; the start-up file carries the index's own. */
  PS.FORMAT_VERSION = 17;

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
  function fnv(term, h) {
    for (var i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619) >>> 0;
    return h;
  }
  /* A bucket's entry for a term: its own property only (a bucket is an object literal, and a term
     may be "constructor"). */
  function own(o, key) { return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined; }
  function bucketOf(term, buckets) { return fnv(term, 2166136261) % buckets; }
  /* The key of file n of a kind whose count grows with the archive, 256 to a folder (SearchShards.Numbered). */
  function numbered(kind, n) { return kind + '/' + Math.floor(n / 256) + '/' + (n % 256); }
  /* The key of a term's bucket of a kind (t, i or p). */
  function bucketKey(kind, term, buckets) { return numbered(kind, bucketOf(term, buckets)); }

  /* OwnFiles.Name: two FNV-1a hashes with different starting values, as sixteen hex digits. */
  function hex8(n) { var s = n.toString(16); return '00000000'.substring(s.length) + s; }
  function ownName(term) { return hex8(fnv(term, 2166136261)) + hex8(fnv(term, 3735928559)); }

  /* A bound is a clause's exact best score, but a sum of bounds and a sum of scores may differ in
     their last bits: an unread document is taken to possibly beat a result unless the result clears
     it by this much. */
  var SLACK = 1 + 1e-5;
  var FAIL = null;
  /* Joins a block's position pieces in one text (BlockCodec.PieceSeparator). */
  var PIECES = '.';
  /* Up to this many articles, a query of several terms gets its filter counts from every facet
     value's document list (f/ files, about 4 bytes an article in all: 4.8 KB on the sample's 36
     with their script wrappers, 7.2 KB on 1,200); above it the page offers the values unnumbered. */
  var COUNTED_DOCS = 2048;

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
      var byValue = self.numbers[fc.name] = Object.create(null);
      fc.values.forEach(function (v) { byValue[v] = self.values.length; self.values.push({ facet: fc.name, value: v }); });
    });
    /* Per segment, its values' numbers among the archive's (values) and back (local). */
    this.segments = index.segments.map(function (sg) {
      var local = {};
      sg.values.forEach(function (g, i) { local[g] = i; });
      return { key: sg.key, start: sg.start, count: sg.count, termBuckets: sg.termBuckets, inlineBuckets: sg.inlineBuckets,
        positionBuckets: sg.positionBuckets, values: sg.values, local: local };
    });
    /* Keyed by term: without a prototype, so that a term such as "constructor" is no object's property. */
    this.headers = Object.create(null);
    this.lists = Object.create(null);
    this.maps = {};
    this.filterSets = {};
    this.countedDocs = COUNTED_DOCS;
  }

  /* Quoted text ("…" or “…”) is a phrase; the rest, every token required. Repeated clauses once. */
  Engine.prototype.parse = function (text, filters) {
    var clauses = [], seen = {}, free = [], start = 0, quoted = false;
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
      if (quoted) add(phrase(part)); else free.push(part);
      quoted = !quoted && !end;
      start = i + 1;
    }
    /* A quote parts the text on either side of it (SearchQuery.Parse). */
    free.forEach(function (part) {
      PS.queryTokens(part).forEach(function (t) { add({ terms: [t.term], positions: [0] }); });
    });
    return { clauses: clauses, filters: filters || {} };
  };

  function phrase(text) {
    var tokens = PS.queryTokens(text);
    if (tokens.length === 0) return null;
    var first = tokens[0].pos;
    return { terms: tokens.map(function (t) { return t.term; }), positions: tokens.map(function (t) { return t.pos - first; }) };
  }

  /* A term's header in one segment (TermHeader.cs), an inline term's postings blocks (h.i) put in
     as h.x from its i/ bucket: undefined while a bucket it needs is not loaded, null if no
     document of the segment has the term. */
  Engine.prototype.segmentHeader = function (seg, term) {
    var bucket = PS.shards[seg.key + bucketKey('t', term, seg.termBuckets)];
    if (!bucket) return undefined;
    var h = own(bucket, term);
    if (!h) return null;
    if (h.i && h.x === undefined) {
      var inline = PS.shards[seg.key + bucketKey('i', term, seg.inlineBuckets)];
      if (!inline) return undefined;
      h.x = own(inline, term);
    }
    return h;
  };

  /* A term's header over every segment (merge): undefined while a bucket it needs is not loaded
     (headerKeys says which), null if no document has the term. */
  Engine.prototype.header = function (term) {
    if (this.headers[term] !== undefined) return this.headers[term];
    var parts = [];
    for (var s = 0; s < this.segments.length; s++) {
      var h = this.segmentHeader(this.segments[s], term);
      if (h === undefined) return undefined;
      parts.push(h);
    }
    return (this.headers[term] = this.merge(term, parts));
  };

  /* The files a term's header waits for. */
  Engine.prototype.headerKeys = function (term) {
    var keys = [];
    this.segments.forEach(function (seg) {
      var t = seg.key + bucketKey('t', term, seg.termBuckets), bucket = PS.shards[t];
      if (bucket === undefined) keys.push(t);
      else if (own(bucket, term) && bucket[term].i && bucket[term].x === undefined) keys.push(seg.key + bucketKey('i', term, seg.inlineBuckets));
    });
    return keys;
  };

  /* The term's segments' headers as one: df and n summed; per segment (segs, in segment order)
     its header, its blocks' numbers in the list and where its map's parts start; the blocks
     (each {sg, b}: block b of segment entry sg), their frontiers and bounds, in the order the
     list reads them: an inline segment's first (they come with its header), then the others'
     each in its own order, the one whose next block's bound is highest first; and the parts of
     the maps (each {sg, p}). */
  Engine.prototype.merge = function (term, parts) {
    var self = this, fieldCount = this.index.fields.length, df = [], n = 0, fi;
    for (fi = 0; fi < fieldCount; fi++) df.push(0);
    var segs = parts.map(function (h, s) {
      var sg = { seg: self.segments[s], index: s, h: h, inline: !!h && h.x !== undefined, blocks: [], firstPart: 0, parts: 0 };
      if (!h) return sg;
      n += h.n;
      for (var k = 0; k < fieldCount; k++) df[k] += h.df[k] || 0;
      sg.parts = sg.inline ? 0 : (h.m || []).length + 1;
      sg.frontiers = self.frontiers(h);
      return sg;
    });
    if (n === 0) return null;
    var merged = { df: df, n: n, segs: segs, blocks: [], frontiers: [], bounds: [], mapParts: [] };
    var scorer = { weights: this.termWeights(merged) };
    segs.forEach(function (sg) {
      if (!sg.h) return;
      sg.bounds = sg.frontiers.map(function (points) { return self.frontierBound(scorer, points, null); });
    });
    function take(sg, b) {
      sg.blocks.push(merged.blocks.length);
      merged.blocks.push({ sg: sg, b: b });
      merged.frontiers.push(sg.frontiers[b]);
      merged.bounds.push(sg.bounds[b]);
    }
    segs.forEach(function (sg) { if (sg.inline) for (var b = 0; b < sg.frontiers.length; b++) take(sg, b); });
    var own = segs.filter(function (sg) { return sg.h && !sg.inline; });
    for (;;) {
      var next = null;
      own.forEach(function (sg) {
        var b = sg.blocks.length;
        if (b < sg.frontiers.length && (!next || sg.bounds[b] > next.bounds[next.blocks.length])) next = sg;
      });
      if (!next) break;
      take(next, next.blocks.length);
    }
    own.forEach(function (sg) {
      sg.firstPart = merged.mapParts.length;
      for (var p = 0; p < sg.parts; p++) merged.mapParts.push({ sg: sg, p: p });
    });
    return merged;
  };

  /* The segment holding a document. */
  Engine.prototype.segmentOf = function (doc) {
    for (var s = this.segments.length - 1; s > 0; s--) if (doc >= this.segments[s].start) return s;
    return 0;
  };

  /* The file holding block i of a term's postings: SearchShards.OwnBlock, named by OwnFiles.Name
     unless the header names it (two terms with one hash); null when inline. */
  Engine.prototype.blockKey = function (list, i) {
    var src = list.h.blocks[i], sg = src.sg;
    return sg.inline ? null : sg.seg.key + 'x/' + ownPath(sg.h, list.term) + 'b' + src.b;
  };

  /* The file holding piece j of block i's positions: SearchShards.OwnPositions, or the p/ bucket
     that holds every piece of an inline term. */
  Engine.prototype.pieceKey = function (list, i, j) {
    var src = list.h.blocks[i], sg = src.sg;
    if (sg.inline) return sg.seg.key + bucketKey('p', list.term, sg.seg.positionBuckets);
    return sg.seg.key + 'y/' + ownPath(sg.h, list.term) + 'b' + src.b + (j > 0 ? 'p' + j : '');
  };

  /* The file of part p of a term's block maps (SearchShards.OwnMap). */
  Engine.prototype.mapKey = function (list, p) {
    var part = list.h.mapParts[p];
    return part.sg.seg.key + 'x/' + ownPath(part.sg.h, list.term) + 'm' + part.p;
  };

  /* The part of a term's maps that lists a document (TermHeader.M: where the parts after the
     first start, in the segment's numbers); -1 when the document's segment has no map of the term. */
  Engine.prototype.partOf = function (list, doc) {
    var sg = list.h.segs[this.segmentOf(doc)];
    if (!sg.h || sg.inline) return -1;
    var starts = sg.h.m || [], local = doc - sg.seg.start, p = 0;
    while (p < starts.length && starts[p] <= local) p++;
    return sg.firstPart + p;
  };

  function ownPath(h, term) {
    var name = h.f !== undefined ? h.f : ownName(term);
    return name.substring(0, 2) + '/' + name;
  }

  /* Block i's postings text; undefined while its file is not loaded. */
  Engine.prototype.blockText = function (list, i) {
    var src = list.h.blocks[i];
    if (src.sg.inline) return src.sg.h.x[src.b];
    var data = PS.shards[this.blockKey(list, i)];
    return data === undefined ? undefined : data.p;
  };

  /* Piece j of block i's positions; undefined while its file is not loaded. */
  Engine.prototype.pieceText = function (list, i, j) {
    var data = PS.shards[this.pieceKey(list, i, j)], src = list.h.blocks[i];
    if (data === undefined) return undefined;
    return src.sg.inline ? data[list.term][src.b].split(PIECES)[j] : data;
  };

  /* The keys of the files a one-term query's facet counts are in: the first block of each segment
     where the term has files of its own (an inline term's are in its header). */
  Engine.prototype.countKeys = function (list) {
    var self = this;
    return list.h.segs.filter(function (sg) { return sg.h && !sg.inline; }).map(function (sg) { return self.blockKey(list, sg.blocks[0]); });
  };

  /* BitText.cs: bits six to a character, most significant first. */
  function Bits(text) { this.text = text; this.at = 0; this.current = 0; this.left = 0; }
  Bits.prototype.bit = function () {
    if (this.left === 0) {
      if (this.at >= this.text.length) throw new Error('检索索引的一个文件不完整，请重新生成网站。');
      this.current = DIGIT[this.text.charAt(this.at++)];
      this.left = 6;
    }
    this.left--;
    return (this.current >> this.left) & 1;
  };
  Bits.prototype.bits = function (n) { var v = 0; for (var i = 0; i < n; i++) v = v * 2 + this.bit(); return v; };
  Bits.prototype.gamma = function () { var n = 0; while (this.bit() === 0) n++; return Math.pow(2, n) + this.bits(n); };
  /* Truncated binary: one of count values, the first 2^w - count of them a bit shorter. */
  Bits.prototype.truncated = function (count) {
    var width = 0;
    while (Math.pow(2, width) < count) width++;
    if (width === 0) return 0;
    var shorter = Math.pow(2, width) - count, v = this.bits(width - 1);
    return v < shorter ? v : v * 2 + this.bit() - shorter;
  };
  /* A quotient of 16 is an escape: the value follows as a gamma code of itself plus one. */
  Bits.prototype.rice = function (k) {
    var q = 0;
    while (this.bit() === 1) if (++q === 16) return this.gamma() - 1;
    return q * Math.pow(2, k) + this.bits(k);
  };

  /* A block's postings (BlockCodec.cs): count, gap parameter, common mask, per field its norm base
     and width; per document its gap, mask, and per field in the mask freq and norm. Its entries,
     in order, each knowing its block and the piece of the block's positions that holds its own
     (BlockCodec.PieceEnds: a piece ends after the document that brings its positions to
     piecePositions); entries.pieces: how many pieces. */
  function readPostings(list, fieldCount, postingsText, block, piecePositions, start) {
    var p = new Bits(postingsText), count = p.gamma(), k = p.bits(4), common = p.bits(fieldCount), base = [], width = [];
    for (var fi = 0; fi < fieldCount; fi++) {
      var has = p.bit() === 1;
      base.push(has ? p.bits(8) : 0);
      width.push(has ? p.bits(4) : 0);
    }
    var entries = [], doc = (start || 0) - 1, piece = 0, sum = 0;
    for (var i = 0; i < count; i++) {
      doc += p.rice(k) + 1;
      var mask = p.bit() === 1 ? p.bits(fieldCount) : common, e = { freq: [], norm: [], pos: [], block: block, piece: piece, hasPos: false };
      for (fi = 0; fi < fieldCount; fi++) {
        e.freq.push(0); e.norm.push(0); e.pos.push(null);
        if ((mask & (1 << fi)) === 0) continue;
        e.freq[fi] = p.gamma();
        e.norm[fi] = base[fi] + p.bits(width[fi]);
        sum += e.freq[fi];
      }
      list.docs[doc] = e;
      entries.push(e);
      if (sum >= piecePositions && i < count - 1) { piece++; sum = 0; }
    }
    entries.pieces = piece + 1;
    return entries;
  }

  /* One piece of a block's positions: a parameter, then per document of the piece and field its
     positions as gaps. A phrase reads a piece once a document in it may make the results. */
  function readPiece(entries, piece, fieldCount, text) {
    var x = new Bits(text), kx = x.bits(4);
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      if (e.piece !== piece) continue;
      for (var fi = 0; fi < fieldCount; fi++) {
        if (!(e.freq[fi] > 0)) continue;
        var set = {}, at = -1;
        for (var j = 0; j < e.freq[fi]; j++) { at += x.rice(kx) + 1; set[at] = true; }
        e.pos[fi] = set;
      }
      e.hasPos = true;
    }
  }

  /* A whole block, its positions' pieces joined as BlockCodec.cs joins them (for the tests). */
  function readBlock(list, fieldCount, postingsText, positionsText, piecePositions) {
    var entries = readPostings(list, fieldCount, postingsText, 0, piecePositions), pieces = positionsText.split(PIECES);
    if (pieces.length !== entries.pieces) throw new Error('检索索引的一个文件不完整，请重新生成网站。');
    for (var j = 0; j < pieces.length; j++) readPiece(entries, j, fieldCount, pieces[j]);
    return entries.length;
  }

  /* BlockMap.cs: the term's documents in order, each with the block that holds it (counted from the last). */
  function readMap(text, blocks) {
    var b = new Bits(text), count = b.gamma(), k = b.bits(4), map = {}, doc = -1;
    for (var i = 0; i < count; i++) {
      doc += b.rice(k) + 1;
      map[doc] = blocks - 1 - b.truncated(blocks);
    }
    return map;
  }

  /* The term's list, with every block that has arrived read in: in order only, unless parts of its
     maps have arrived (then list.map says where their documents are, and blocks are read as they
     come). list.next bounds the score of every document in the blocks not read yet: the best score
     of their frontiers (Frontier.cs), under this archive's statistics; list.nextOf[s] of those
     in segment s. */
  Engine.prototype.list = function (term, h, positions) {
    var key = term + (positions ? '\u0001' : ''), list = this.lists[key];
    if (!list || list.h !== h) {
      list = this.lists[key] = { term: term, h: h, positions: positions, read: [], entries: [], piecesRead: [], count: 0, docs: {},
        weights: this.termWeights(h), frontiers: h.frontiers, bound: h.bounds, map: {}, parts: [], partsRead: 0,
        partCount: h.mapParts.length, segRead: h.segs.map(function () { return 0; }) };
    }
    list.byNorms = {};
    this.readParts(list);
    list.next = 0;
    list.nextOf = h.segs.map(function () { return 0; });
    list.unread = -1;
    var left = 0, fieldCount = this.index.fields.length;
    for (var i = 0; i < h.blocks.length; i++) {
      var src = h.blocks[i];
      if (!list.read[i]) {
        var p = this.blockText(list, i);
        if (p === undefined || (list.partsRead === 0 && left > 0)) {
          if (left++ === 0) list.unread = i;
          list.next = Math.max(list.next, list.bound[i]);
          list.nextOf[src.sg.index] = Math.max(list.nextOf[src.sg.index], list.bound[i]);
          continue;
        }
        list.entries[i] = readPostings(list, fieldCount, p, i, this.index.piecePositions, src.sg.seg.start);
        list.count += list.entries[i].length;
        list.read[i] = true;
        list.piecesRead[i] = [];
        list.segRead[src.sg.index]++;
      }
      if (!positions) continue;
      for (var j = 0; j < list.entries[i].pieces; j++) {
        if (list.piecesRead[i][j]) continue;
        var x = this.pieceText(list, i, j);
        if (x === undefined) continue;
        readPiece(list.entries[i], j, fieldCount, x);
        list.piecesRead[i][j] = true;
      }
    }
    list.exhausted = left === 0;
    /* Every document the list may still hold is read or listed by a map read. */
    list.allParts = h.segs.every(function (sg, s) {
      if (!sg.h || list.segRead[s] === sg.blocks.length) return true;
      for (var q = 0; q < sg.parts; q++) if (!list.parts[sg.firstPart + q]) return false;
      return sg.parts > 0;
    });
    return list;
  };

  /* Reads into list.map the parts of the term's block maps that have arrived (documents and blocks numbered as in the list). */
  Engine.prototype.readParts = function (list) {
    for (var p = 0; p < list.partCount; p++) {
      var key = this.mapKey(list, p);
      if (list.parts[p] || PS.shards[key] === undefined) continue;
      var sg = list.h.mapParts[p].sg, part = this.maps[key] || (this.maps[key] = readMap(PS.shards[key], sg.frontiers.length));
      for (var d in part) list.map[sg.seg.start + (+d)] = sg.blocks[part[d]];
      list.parts[p] = true;
      list.partsRead++;
    }
  };

  /* The best score a document can have in a list that has not read it; FAIL when it is not there.
     norms: the document's norm bytes as far as known (normsOf), or null. Only the blocks of the
     document's own segment can hold it. */
  Engine.prototype.unreadBound = function (list, doc, norms) {
    var s = this.segmentOf(doc), sg = list.h.segs[s];
    if (!sg.h || list.segRead[s] === sg.blocks.length) return FAIL;
    var p = this.partOf(list, doc);
    if (p >= 0 && list.parts[p]) {
      var b = list.map[doc];
      return b === undefined || list.read[b] ? FAIL : this.blockBound(list, b, norms);
    }
    if (!norms) return list.nextOf[s];
    var key = s + ':' + norms.join(','), cached = list.byNorms[key];
    if (cached !== undefined) return cached;
    var best = 0;
    for (var k = 0; k < sg.blocks.length; k++)
      if (!list.read[sg.blocks[k]]) best = Math.max(best, this.blockBound(list, sg.blocks[k], norms));
    return (list.byNorms[key] = best);
  };

  /* Per block, its frontier (Frontier.cs): postings without documents, per field freq and norm (0 where absent). */
  Engine.prototype.frontiers = function (h) {
    var fieldCount = this.index.fields.length, frontiers = [];
    for (var i = 0; i < h.s.length; i++) {
      var v = decode(h.s[i]), k = 0, points = [];
      while (k < v.length) {
        var mask = v[k++], e = { freq: [], norm: [] };
        for (var fi = 0; fi < fieldCount; fi++) {
          var has = (mask & (1 << fi)) !== 0;
          e.freq.push(has ? v[k++] : 0);
          e.norm.push(has ? v[k++] : 0);
        }
        points.push(e);
      }
      frontiers.push(points);
    }
    return frontiers;
  };

  /* The best score a document of block i can have: its frontier scored (list.bound[i]), or, for a
     document whose norms are partly known, with those norms. A norm byte is the document's, the
     same in every term, and every posting of the block is covered by a frontier point (at least
     its frequency and norm byte in each of its fields): where that point's norm byte is below
     the document's, the document cannot have the field; elsewhere it scores at most the point's
     frequency at its own norm. Long documents are bounded far below the block's best. */
  Engine.prototype.blockBound = function (list, i, norms) {
    return norms ? this.frontierBound(list, list.frontiers[i], norms) : list.bound[i];
  };

  Engine.prototype.frontierBound = function (list, points, norms) {
    var best = 0;
    for (var p = 0; p < points.length; p++) {
      var e = points[p], at = e;
      if (norms) {
        at = { freq: [], norm: [] };
        for (var fi = 0; fi < e.freq.length; fi++) {
          var known = norms[fi] >= 0, fits = e.freq[fi] > 0 && (!known || e.norm[fi] >= norms[fi]);
          at.freq.push(fits ? e.freq[fi] : 0);
          at.norm.push(fits ? (known ? norms[fi] : e.norm[fi]) : 0);
        }
      }
      best = Math.max(best, this.termScore(list.weights, at));
    }
    return best;
  };

  /* Per field a document's norm byte where a list read so far holds it in that field, else -1;
     null when no list has read it. */
  function normsOf(lists, doc, fieldCount) {
    var norms = null;
    for (var i = 0; i < lists.length; i++) {
      var e = lists[i].docs[doc];
      if (!e) continue;
      for (var fi = 0; fi < fieldCount; fi++) {
        if (!(e.freq[fi] > 0)) continue;
        if (!norms) { norms = []; for (var n = 0; n < fieldCount; n++) norms.push(-1); }
        norms[fi] = e.norm[fi];
      }
    }
    return norms;
  }

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

  /* A clause: {cost, order, lists, status(doc, norms) -> score | {bound, tight} | FAIL, unseen() -> bound | FAIL};
     null where Lucene has no scorer. A tight bound is computed in the score's own float steps from
     values at least the score's (so the score cannot exceed it, not even in its last bit). */
  Engine.prototype.clause = function (c, order, headers) {
    var self = this;
    if (c.terms.length === 1) {
      var h = headers[c.terms[0]];
      if (!h) return null;
      var weights = this.termWeights(h), list = this.list(c.terms[0], h, false), cost = 0;
      h.df.forEach(function (df) { cost += df; });
      return {
        cost: cost, order: order, lists: [list], single: true,
        status: function (doc, norms) {
          var e = list.docs[doc];
          if (e) return self.termScore(weights, e);
          var b = self.unreadBound(list, doc, norms);
          return b === FAIL ? FAIL : { bound: b, tight: true };
        },
        /* A document no list has read nor mapped: not in a list whose whole map is read. */
        unseen: function () { return list.allParts || list.exhausted ? FAIL : list.next; }
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
    var read = phraseTermsRead(c, hs);
    var lists = read.map(function (i) { return self.list(c.terms[i], hs[i], true); });
    var offsets = read.map(function (i) { return c.positions[i]; });
    /* A phrase occurs at most as often as each of its terms, and a field's score grows with the
       frequency, so in every field it scores at most (its weight / the term's weight) times the
       term's score there: the largest such ratio bounds the phrase by each of its terms. */
    var tw = read.map(function (i) { return self.termWeights(hs[i]); });
    var ratios = tw.map(function (w) {
      var r = 0;
      phraseWeights.forEach(function (pw, fi) { if (pw !== undefined) r = Math.max(r, pw / w[fi]); });
      return r;
    });
    return {
      cost: pcost, order: order, lists: lists, single: false,
      status: function (doc, known) {
        var bound = Infinity, present = [], cap = null, norms = null;
        for (var i = 0; i < lists.length; i++) {
          var e = lists[i].docs[doc];
          if (!e) {
            var b = self.unreadBound(lists[i], doc, known);
            if (b === FAIL) return FAIL;
            bound = Math.min(bound, ratios[i] * b);
            continue;
          }
          bound = Math.min(bound, ratios[i] * self.termScore(tw[i], e));
          if (e.hasPos) present.push(i);
          /* Each occurrence of the phrase is one of each term's, at a start of its own. */
          if (!cap) { cap = e.freq.slice(); norms = e.norm; }
          else for (var fi = 0; fi < cap.length; fi++) cap[fi] = Math.min(cap[fi], e.freq[fi]);
        }
        if (!cap) return { bound: bound };
        if (present.length > 0) {
          /* The phrase occurs at most where the terms read so far occur at their offsets. */
          var found = self.phraseFreqs(present.map(function (i) { return offsets[i]; }), present.map(function (i) { return lists[i]; }), doc);
          if (present.length === lists.length) return self.scoreFreqs(phraseWeights, found, norms);
          for (fi = 0; fi < cap.length; fi++) cap[fi] = Math.min(cap[fi], found[fi]);
        }
        /* Scored as if it occurred that often: a tight bound (a field's score grows with the
           frequency); a tie with the k-th result then goes by document number. */
        var capped = self.scoreFreqs(phraseWeights, cap, norms);
        if (capped === FAIL) return FAIL;
        return bound * SLACK < capped ? { bound: bound } : { bound: capped, tight: true };
      },
      unseen: function () {
        var bound = Infinity;
        for (var i = 0; i < lists.length; i++) {
          if (lists[i].allParts || lists[i].exhausted) return FAIL;
          bound = Math.min(bound, ratios[i] * lists[i].next);
        }
        return bound;
      }
    };
  };

  /* A CJK bigram (tokenize.js classifies these characters as CJK). */
  var BIGRAM = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3007]{2}$/;

  /* Which of a phrase's terms the client reads (their indexes). Two bigrams at offsets p - 1 and
     p + 1 hold between them the characters of the bigram at p, and positions follow one another
     only within one CJK run (punctuation leaves a gap, a word takes a position), so where a
     document has those two at those offsets it has that one too: a chain of bigrams at
     consecutive offsets is matched exactly by its first, its last and no two neighbours left out.
     Left out: the set the rule allows with the fewest documents read in all. The phrase's weight
     and cost still come from every term's header, as Lucene's do. */
  function phraseTermsRead(c, hs) {
    var n = c.terms.length, read = [];
    function chained(i) {
      return BIGRAM.test(c.terms[i]) && BIGRAM.test(c.terms[i + 1]) && c.positions[i + 1] === c.positions[i] + 1;
    }
    for (var from = 0; from < n;) {
      var to = from;
      while (to + 1 < n && chained(to)) to++;
      /* best[k]: the fewest documents read for the chain up to k with k read; before[k]: the term read before k. */
      var best = [], before = [];
      for (var k = from; k <= to; k++) {
        var prev = k === from ? -1 : k - 1 === from || best[k - 1 - from] <= best[k - 2 - from] ? k - 1 : k - 2;
        best.push(hs[k].n + (prev < 0 ? 0 : best[prev - from]));
        before.push(prev);
      }
      var chain = [], rarest = from, fewest = Infinity;
      for (var at = to; at >= 0 && at >= from; at = before[at - from]) chain.unshift(at);
      /* The chain's rarest term is read too when it is half as frequent as every one chosen, or
         rarer: the phrase's matches are among its few documents, the frequent terms can then be
         read through their maps (mapPays), and its positions bound the phrase tightly where it is
         found. (Four times rarer until session 12: "工作人员" read 267 KB, 70 KB now.) */
      for (k = from; k <= to; k++) {
        if (hs[k].n < hs[rarest].n) rarest = k;
        if (chain.indexOf(k) >= 0) fewest = Math.min(fewest, hs[k].n);
      }
      if (chain.indexOf(rarest) < 0 && hs[rarest].n * 2 <= fewest) {
        chain.push(rarest);
        chain.sort(function (x, y) { return x - y; });
      }
      read = read.concat(chain);
      from = to + 1;
    }
    return read;
  }

  /* ExactPhraseScorer in each field: a match is a start p >= 0 with every term read at p + its
     offset (the terms left out are then there too). */
  Engine.prototype.phraseFreqs = function (positions, lists, doc) {
    var es = lists.map(function (l) { return l.docs[doc]; }), freqs = [];
    for (var fi = 0; fi < this.index.fields.length; fi++) {
      var freq = 0;
      if (es.every(function (e) { return e.freq[fi] > 0; })) {
        for (var s in es[0].pos[fi]) {
          var start = +s - positions[0];
          if (start < 0) continue;
          var ok = true;
          for (var t = 1; t < es.length && ok; t++) ok = es[t].pos[fi][start + positions[t]] === true;
          if (ok) freq++;
        }
      }
      freqs.push(freq);
    }
    return freqs;
  };

  /* A phrase's score from its frequency per field (norms: the document's, from any of its terms'
     entries); FAIL where it occurs in no field that scores it. */
  Engine.prototype.scoreFreqs = function (weights, freqs, norms) {
    var sum = 0, matched = false;
    for (var fi = 0; fi < weights.length; fi++) {
      if (weights[fi] === undefined || !(freqs[fi] > 0)) continue;
      sum += this.bm25.score(weights[fi], freqs[fi], this.caches[fi], norms[fi]);
      matched = true;
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
          var g = numbers[v];
          if (self.filterSets[g]) return self.filterSets[g];
          /* The value's documents in each segment that has it (f/ numbered by the segment's values). */
          var set = {}, ready = true;
          self.segments.forEach(function (seg) {
            if (seg.local[g] === undefined) return;
            var key = seg.key + 'f/' + seg.local[g];
            if (PS.shards[key] === undefined) { want(key); ready = false; return; }
            docList(PS.shards[key]).forEach(function (d) { set[seg.start + d] = true; });
          });
          return ready ? (self.filterSets[g] = set) : null;
        })
      });
    });
    return groups;
  };

  /* What answers the query's first k results (all of them when k is omitted): {need: keys to load
     first} or {need: [], total, exact, hits, counts}. Results are exact (order and scores) for the
     first k; total is exact when `exact`, else an upper bound. */
  Engine.prototype.evaluate = function (query, k) {
    var self = this, need = [], empty = { need: [], total: 0, exact: true, hits: [], counts: {} };
    if (k === undefined) k = Infinity;
    function want(key) { if (key !== null && PS.shards[key] === undefined && need.indexOf(key) < 0) need.push(key); }
    if (query.clauses.length === 0) return empty;
    var headers = Object.create(null);
    query.clauses.forEach(function (c) {
      c.terms.forEach(function (t) {
        var h = self.header(t);
        if (h === undefined) self.headerKeys(t).forEach(want);
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
    /* AND: ConjunctionScorer sorts its clauses by cost (stable) and sums their scores in float. */
    clauses.sort(function (x, y) { return x.cost - y.cost || x.order - y.order; });
    var lists = [], candidates = {};
    clauses.forEach(function (cl) { cl.lists.forEach(function (l) { if (lists.indexOf(l) < 0) lists.push(l); }); });
    /* A part of a map read names every document of its range that the term has, read or not. */
    lists.forEach(function (l) {
      var d;
      for (d in l.docs) candidates[d] = true;
      for (d in l.map) candidates[d] = true;
    });
    function passes(doc) {
      return filters.every(function (g) { return g.sets.some(function (set) { return set[doc]; }); });
    }
    /* Per document its score, summed in float in the clauses' order, or a bound: summed the same
       way when every clause's is tight (then the document cannot beat the k-th result unless its
       bound does, a tie going to the lower number as in Lucene), else in double with SLACK. */
    var hits = [], opens = [], fieldCount = this.index.fields.length;
    for (var ds in candidates) {
      var doc = +ds;
      if (!passes(doc)) continue;
      var score = 0, bound = 0, tightBound = 0, tight = true, exact = true, failed = false, norms = normsOf(lists, doc, fieldCount);
      for (var i = 0; i < clauses.length && !failed; i++) {
        var st = clauses[i].status(doc, norms), v;
        if (st === FAIL) { failed = true; break; }
        if (typeof st === 'number') { v = st; score = i === 0 ? f(st) : f(score + f(st)); }
        else { exact = false; v = st.bound; tight = tight && st.tight === true; }
        bound += v;
        tightBound = i === 0 ? f(v) : f(tightBound + f(v));
      }
      if (failed) continue;
      if (exact) hits.push({ doc: doc, score: score });
      else opens.push({ doc: doc, bound: tight ? tightBound : bound, tight: tight });
    }
    /* A document no block read so far holds. */
    var unseen = 0;
    for (var u = 0; u < clauses.length && unseen !== -Infinity; u++) {
      var b = clauses[u].unseen();
      unseen = b === FAIL ? -Infinity : unseen + b;
    }
    hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
    var complete = opens.length === 0 && unseen === -Infinity;
    var kth = hits.length >= k ? hits[k - 1] : null;
    function mayEnter(o) {
      if (!kth) return true;
      return o.tight ? o.bound > kth.score || (o.bound === kth.score && o.doc < kth.doc) : !(kth.score > o.bound * SLACK);
    }
    var live = opens.filter(mayEnter);
    var unseenLive = unseen !== -Infinity && mayEnter({ bound: unseen, tight: false });
    if (!complete && (live.length > 0 || unseenLive)) {
      this.wantBlocks(lists, live, unseenLive, k, want);
      return { need: need };
    }
    var single = clauses.length === 1 && clauses[0].single ? clauses[0].lists[0].h : null;
    /* A one-term query's counts per facet value are in its first block when it has files of its
       own; a query read through the term's map (a filter that few documents pass) may not have
       read that block. */
    if (single) this.countKeys(clauses[0].lists[0]).forEach(want);
    if (need.length > 0) return { need: need };
    var total = hits.length, exactTotal = true;
    var counts = single ? this.counts(clauses[0].lists[0], filters) : {};
    if (!complete) {
      if (single && filters.length === 0) total = single.n;
      else if (single && filters.length === 1 && query.filters[filters[0].name].length === 1) {
        /* One value of one facet: the term's count for that value is the total. */
        total = (counts[filters[0].name] || {})[query.filters[filters[0].name][0]] || 0;
      } else {
        /* Not every match was read: at most as many as the rarest term has. */
        exactTotal = false;
        total = Math.max(hits.length, Math.min.apply(null, lists.map(function (l) { return l.h.n; })));
      }
      hits = hits.slice(0, k);
    }
    return { need: [], total: total, exact: exactTotal, hits: hits, counts: counts };
  };

  /* The files that move an unfinished query on. A list is read through its map once a part of it
     is read, or when that pays (mapPays); the others read their next block. A mapped list reads,
     for the open documents that can still make the first k (`live`), best bound first, k a round,
     among those every unmapped list has read (the others wait for those lists), the part of its
     map that lists the document, then the block that holds it. The unmapped lists move on when
     one of the k best live documents waits for them, or a document none has read may still make
     the first k, or nothing else is asked: the documents they have read are scored first, and the
     threshold those scores set may spare the lists' later blocks (on the search-bytes benchmark's
     109 queries: 4.12 MB in all against 4.07 when any live document moved them; the worst from
     148.8 to 139.1 KB). When only mapped lists are left and a document none has read may still
     make the first k, they read their next block too.
     Positions: a phrase's blocks are read without them; for those documents, once every list has
     one, the piece of each list's block positions that holds it (tried on the search-bytes
     benchmark's 99 queries: reading positions with the postings of lists about as short as the
     shortest read more, 4.69 MB in all against 4.63). */
  Engine.prototype.wantBlocks = function (lists, live, unseenLive, k, want) {
    var self = this, mapped = [], unmapped = [], asked = false;
    function ask(key) {
      if (key === null || PS.shards[key] !== undefined) return;
      asked = true;
      want(key);
    }
    function wantBlock(l, i) { ask(self.blockKey(l, i)); }
    lists.forEach(function (l) {
      if (l.exhausted) return;
      if (l.partsRead > 0 || self.mapPays(l, lists)) mapped.push(l);
      else unmapped.push(l);
    });
    function waits(o) { return unmapped.some(function (l) { return !l.docs[o.doc]; }); }
    live.sort(function (x, y) { return y.bound - x.bound || x.doc - y.doc; });
    var taken = 0;
    for (var o = 0; o < live.length && taken < k; o++) {
      var doc = live[o].doc;
      if (waits(live[o])) continue;
      taken++;
      if (lists.every(function (l) { return l.docs[doc]; })) {
        /* In every list: what is left to know is where the phrase's terms occur in it. The two
           rarest terms' positions first: two are enough to rule a document out, and a frequent
           term's piece holds the positions of only a few documents. */
        var lacking = lists.filter(function (l) { return l.positions && !l.docs[doc].hasPos; }),
          having = lists.filter(function (l) { return l.positions && l.docs[doc].hasPos; }).length;
        lacking.sort(function (x, y) { return x.h.n - y.h.n; });
        lacking.slice(0, having >= 2 ? lacking.length : 2 - having).forEach(function (l) {
          var e = l.docs[doc];
          ask(self.pieceKey(l, e.block, e.piece));
        });
        continue;
      }
      mapped.forEach(function (l) {
        if (l.docs[doc]) return;
        var p = self.partOf(l, doc);
        if (p < 0) return;
        if (l.parts[p]) wantBlock(l, l.map[doc]);
        else ask(self.mapKey(l, p));
      });
    }
    if (unseenLive || live.slice(0, k).some(waits) || (!asked && live.some(waits)))
      unmapped.forEach(function (l) { wantBlock(l, l.unread); });
    if (unseenLive && unmapped.length === 0) mapped.forEach(function (l) { if (!l.allParts) wantBlock(l, l.unread); });
  };

  /* Whether a list should be read through its map rather than in order: when another list of
     the query is far shorter than what this one has left, the query's matches are among that
     one's few documents, and the map lets this one read only their blocks. A map costs about a
     character a document (BlockMap.cs), a block's postings two, so it is not worth it once half
     the list is read. (Tried: twice as short instead of four times, on the benchmark's export:
     better for some queries, worse for as many.) */
  Engine.prototype.mapPays = function (l, lists) {
    if (l.partCount === 0) return false;
    var left = l.h.n - l.count, shortest = Infinity;
    lists.forEach(function (o) { if (o !== l) shortest = Math.min(shortest, o.h.n); });
    return left * 2 >= l.h.n && shortest * 4 <= left;
  };

  /* Filter counts of a one-term query from the counts each segment's header or first block
     carries (numbered by the segment's own values), summed: exact for a facet when no other facet
     filters (a facet's counts ignore its own filter, so its other values stay choosable). */
  Engine.prototype.counts = function (list, filters) {
    var self = this, counts = {};
    list.h.segs.forEach(function (sg) {
      if (!sg.h) return;
      var v = decode(sg.inline ? sg.h.c : PS.shards[self.blockKey(list, sg.blocks[0])].c), number = -1;
      for (var i = 0; i < v.length; i += 2) {
        number += v[i];
        var fv = self.values[sg.seg.values[number]];
        if (!filters.every(function (g) { return g.name === fv.facet; })) continue;
        var byValue = counts[fv.facet] = counts[fv.facet] || {};
        byValue[fv.value] = (byValue[fv.value] || 0) + v[i + 1];
      }
    });
    this.index.facets.forEach(function (fc) {
      if (!counts[fc.name] && filters.every(function (g) { return g.name === fc.name; })) counts[fc.name] = {};
    });
    return counts;
  };

  /* Filter counts for any query on an archive of at most countedDocs articles, where a one-term
     query's header counts do not cover every facet: every match (the query without its filters,
     every result) counted per value of each facet among those that pass the other facets'
     filters, a facet's own filter left out so that its other values stay choosable, as the header
     counts are. {need: keys} while files are missing, {need: [], counts} once counted, null on a
     larger archive. */
  Engine.prototype.facetCounts = function (query) {
    if (this.n > this.countedDocs) return null;
    var self = this, need = [], every = {}, sets = {};
    var all = this.evaluate({ clauses: query.clauses, filters: {} });
    if (all.need.length > 0) return { need: all.need };
    this.index.facets.forEach(function (fc) { every[fc.name] = fc.values; });
    this.filters({ filters: every }, function (key) { if (need.indexOf(key) < 0) need.push(key); })
      .forEach(function (g) { sets[g.name] = g.sets; });
    if (need.length > 0) return { need: need };
    var facets = this.index.facets, chosen = facets.filter(function (fc) { return (query.filters[fc.name] || []).length > 0; });
    function chosenHas(fc, doc) {
      return query.filters[fc.name].some(function (v) { var i = fc.values.indexOf(v); return i >= 0 && !!sets[fc.name][i][doc]; });
    }
    var counts = {};
    facets.forEach(function (fc) {
      var byValue = counts[fc.name] = Object.create(null);
      all.hits.forEach(function (h) {
        if (!chosen.every(function (other) { return other === fc || chosenHas(other, h.doc); })) return;
        fc.values.forEach(function (v, i) { if (sets[fc.name][i][h.doc]) byValue[v] = (byValue[v] || 0) + 1; });
      });
    });
    return { need: [], counts: counts };
  };

  /* The keys still to load before run() can answer; call again after loading until it is empty. */
  Engine.prototype.missing = function (query, k) { return this.evaluate(query, k).need; };

  /* The first k results (every one when k is omitted), best first, once missing() is empty. */
  Engine.prototype.run = function (query, k) {
    var r = this.evaluate(query, k);
    if (r.need.length > 0) throw new Error('检索所需的文件尚未全部载入：' + r.need.join('、'));
    return r;
  };

  /* The key of the display file holding a document's record (DocFile.cs), and the record, its
     fields named in DocFile.Row's order. */
  Engine.prototype.docKey = function (doc) { return numbered('d', Math.floor(doc / this.index.docsPerFile)); };
  Engine.prototype.display = function (doc) {
    var r = PS.shards[this.docKey(doc)][doc % this.index.docsPerFile];
    return { url: r[0], title: r[1], page: r[2], kind: r[3], townships: r[4], lead: r[5], parts: r[6] };
  };
  /* The key of the file holding a part of a document's body past its lead, one of as many as its
     record says (SearchShards.Text, BodyParts.cs), and that part, or null until its file is loaded. */
  Engine.prototype.textKey = function (doc, part) { return numbered('e', doc) + (part > 0 ? '-' + part : ''); };
  /* How many characters a body's part holds at most: the first TextChars, each next twice the one before. */
  Engine.prototype.partChars = function (part) { return this.index.textChars * Math.pow(2, part); };
  Engine.prototype.text = function (doc, part) {
    var t = PS.shards[this.textKey(doc, part)];
    return typeof t === 'string' ? t : null;
  };
  /* The query's terms that a result's body may hold: all but those whose postings read so far show
     the document without them in its body (a term only in its title, say), so that the page does
     not load a long body for an excerpt it cannot improve. */
  Engine.prototype.bodyTerms = function (query, doc) {
    var self = this, body = -1, terms = [];
    this.index.fields.forEach(function (fld, fi) { if (fld.name === 'b') body = fi; });
    query.clauses.forEach(function (c) {
      c.terms.forEach(function (t) {
        var lists = [self.lists[t], self.lists[t + '\u0001']].filter(function (l) { return l && l.docs[doc]; });
        var absent = body >= 0 && lists.length > 0 && lists.every(function (l) { return !(l.docs[doc].freq[body] > 0); });
        if (!absent && terms.indexOf(t) < 0) terms.push(t);
      });
    });
    return terms;
  };

  PS.Engine = Engine;
  PS.decode = decode;
  PS.readBlock = readBlock;
  PS.readPostings = readPostings;
  PS.readPiece = readPiece;
  PS.readMap = readMap;
  PS.bucketOf = bucketOf;
  PS.bucketKey = bucketKey;
})(typeof globalThis !== 'undefined' ? globalThis : this);
