/* Pages search: the page. Loads the index's script files on demand (a script element works from
   file:// where fetch does not), runs the engine and renders into #search-app. Every piece of text
   from the index goes into the page with textContent: nothing is ever parsed as HTML. */
(function (root) {
  'use strict';
  var PS = root.PagesSearch = root.PagesSearch || {};
  /* EXCERPT_CHARS: the body parts a page of results loads for its excerpts, at most, in characters
     (a part counted at its full size), so that ten long articles matched deep in do not cost more
     than the search itself (up to 164 KB on the search-bytes benchmark's generated archive). */
  var PAGE_SIZE = 10, EXCERPT = 80, EXCERPT_CHARS = 10240;
  var FACETS = ['township', 'topic', 'year', 'kind'];
  /* The orders the page offers: value in the address, label. */
  var SORTS = [['relevance', '相关度'], ['newest', '日期（新→旧）'], ['oldest', '日期（旧→新）']];

  /* Loads the keys' scripts (those not loaded yet) and calls done(error) when all have registered. */
  function load(base, keys, done) {
    var waiting = 0, failed = null, asked = {};
    keys.forEach(function (key) {
      if (PS.shards[key] || asked[key]) return;
      asked[key] = true;
      waiting++;
      var s = document.createElement('script');
      s.src = base + 'search/' + key + '.js';
      s.async = true;
      s.onload = function () { if (--waiting === 0) done(failed); };
      s.onerror = function () { failed = '无法读取检索索引文件 search/' + key + '.js'; if (--waiting === 0) done(failed); };
      document.head.appendChild(s);
    });
    if (waiting === 0) done(null);
  }

  /* Loads what the query's first k results need, round after round: a term's header says which
     blocks exist, and each block read tells whether the ranking needs the next. */
  function loadFor(base, engine, query, k, done) {
    var keys = engine.missing(query, k);
    if (keys.length === 0) { done(null); return; }
    load(base, keys, function (error) { if (error) done(error); else loadFor(base, engine, query, k, done); });
  }

  /* Completes the result's filter counts where its one-term header counts do not cover every facet
     (Engine.facetCounts: on an archive small enough, from every value's documents), then calls
     done(); a larger archive, or a file that fails, leaves those facets unnumbered. */
  function loadCounts(base, engine, query, result, done) {
    if (engine.index.facets.every(function (fc) { return result.counts[fc.name]; })) { done(); return; }
    var r = engine.facetCounts(query);
    if (r === null) { done(); return; }
    if (r.need.length === 0) { result.counts = r.counts; done(); return; }
    load(base, r.need, function (error) { if (error) done(); else loadCounts(base, engine, query, result, done); });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* The query's terms, as a set. */
  function wantedTerms(query) {
    var wanted = Object.create(null);
    query.clauses.forEach(function (c) { c.terms.forEach(function (t) { wanted[t] = true; }); });
    return wanted;
  }

  /* Whether every one of the terms is in the text. */
  function holdsAll(text, terms) {
    var found = Object.create(null);
    PS.tokenize(text).forEach(function (t) { found[t.term] = true; });
    return terms.every(function (t) { return found[t]; });
  }

  /* A result's text for its excerpt, read part by part (BodyParts.cs): the lead, then the body's
     next part while there is one and the text lacks a query term the body may hold (a lead that
     has them all is excerpt enough; a term only in the title never asks for the body). */
  function reading(engine, query, doc) {
    var d = engine.display(doc);
    return { doc: doc, text: d.lead, part: 0, parts: d.parts, terms: engine.bodyTerms(query, doc) };
  }
  function wantsMore(r) { return r.part < r.parts && !holdsAll(r.text, r.terms); }
  /* Of the results still reading, in rank order, those whose next part the budget still covers;
     their parts are taken from it. */
  function affordable(engine, open, budget) {
    return open.filter(function (r) {
      var size = engine.partChars(r.part);
      if (size > budget.chars) return false;
      budget.chars -= size;
      return true;
    });
  }
  /* Adds the next part, once its file is loaded; false when it is not. */
  function readPart(engine, r) {
    var t = engine.text(r.doc, r.part);
    if (t === null) return false;
    r.text += t;
    r.part++;
    return true;
  }

  /* The window of EXCERPT characters with the most distinct query terms, then the most hits
     (as Excerpts.cs picks it); returns [{text, hit}]. */
  function excerpt(text, query) {
    var wanted = wantedTerms(query);
    var hits = PS.tokenize(text).filter(function (t) { return wanted[t.term]; }).sort(function (a, b) { return a.start - b.start; });
    var best = 0, bestScore = [-1, -1];
    for (var i = 0; i < hits.length; i++) {
      var distinct = Object.create(null), nd = 0, count = 0;
      for (var j = i; j < hits.length && hits[j].end <= hits[i].start + EXCERPT; j++) {
        if (!distinct[hits[j].term]) { distinct[hits[j].term] = true; nd++; }
        count++;
      }
      if (nd > bestScore[0] || (nd === bestScore[0] && count > bestScore[1])) { best = hits[i].start; bestScore = [nd, count]; }
    }
    var from = Math.max(0, best - (hits.length > 0 ? 10 : 0)), to = Math.min(text.length, from + EXCERPT);
    var marks = [];
    hits.forEach(function (h) { for (var k = h.start; k < h.end; k++) marks[k] = true; });
    var parts = [];
    if (from > 0) parts.push({ text: '…', hit: false });
    var run = from;
    for (var k = from + 1; k <= to; k++) {
      if (k === to || !!marks[k] !== !!marks[run]) { parts.push({ text: text.substring(run, k).replace(/\n/g, ' '), hit: !!marks[run] }); run = k; }
    }
    if (to < text.length) parts.push({ text: '…', hit: false });
    return parts;
  }

  /* A facet's values as the page lists them: by the archive's count, most first, where the facet
     says so (StartupFacet.cs), else in the index's order (years in order). */
  function byDisplayOrder(fc) {
    var order = fc.values.map(function (v, i) { return i; });
    if (fc.byCount) order.sort(function (a, b) { return fc.counts[b] - fc.counts[a] || a - b; });
    return order.map(function (i) { return fc.values[i]; });
  }

  function readState() {
    var params = new URLSearchParams(root.location.search), state = { q: params.get('q') || '', sort: params.get('sort') || 'relevance', page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1), filters: {} };
    /* An address with a sort this page does not offer (mistyped, or from elsewhere) sorts by relevance, as the page then shows. */
    if (!SORTS.some(function (o) { return o[0] === state.sort; })) state.sort = 'relevance';
    FACETS.forEach(function (name) { state.filters[name] = params.getAll(name); });
    return state;
  }

  /* Keeps the query in the address so a result list can be linked; file:// may refuse, which only loses that. */
  function writeState(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    FACETS.forEach(function (name) { state.filters[name].forEach(function (v) { params.append(name, v); }); });
    if (state.sort !== 'relevance') params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
    try { root.history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* not allowed here */ }
  }

  function start() {
    var app = document.getElementById('search-app'), form = document.getElementById('search-form'), input = document.getElementById('search-q');
    if (!app || !form || !input) return;
    var base = app.getAttribute('data-root') || '';
    var status = el('p', 'search-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var body = el('div', 'search-body');
    app.appendChild(status);
    app.appendChild(body);
    var state = readState(), engine = null, run = 0;
    input.value = state.q;

    function fail(message) { status.textContent = message; body.textContent = ''; }

    load(base, ['index'], function (error) {
      if (error) { fail(error + '。检索需要与网站一同生成的 search/ 文件夹。'); return; }
      try { engine = new PS.Engine(PS.shards.index); } catch (e) { fail(e.message); return; }
      search();
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      state.q = input.value;
      state.page = 1;
      search();
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === '/' && document.activeElement !== input) { e.preventDefault(); input.focus(); }
    });

    function search() {
      writeState(state);
      if (!engine) return;
      var query = engine.parse(state.q, state.filters), mine = ++run;
      if (query.clauses.length === 0) { status.textContent = state.q ? '检索词中没有可检索的文字。' : '请输入检索词。'; body.textContent = ''; return; }
      status.textContent = '检索中…';
      /* Ranked by relevance, only the results up to this page are needed; by date, all of them. */
      var k = state.sort === 'relevance' ? state.page * PAGE_SIZE : undefined;
      loadFor(base, engine, query, k, function (error) {
        if (mine !== run) return;
        if (error) { fail(error); return; }
        var result = engine.run(query, k), hits = result.hits.slice();
        if (state.sort === 'newest') hits.sort(function (a, b) { return b.doc - a.doc; });
        else if (state.sort === 'oldest') hits.sort(function (a, b) { return a.doc - b.doc; });
        var pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
        /* An estimated total may promise more pages than there are; the last real one is shown. */
        state.page = Math.min(state.page, pages, Math.max(1, Math.ceil(hits.length / PAGE_SIZE)));
        var shown = hits.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
        loadCounts(base, engine, query, result, function () {
          load(base, shown.map(function (h) { return engine.docKey(h.doc); }), function (docError) {
            if (mine !== run) return;
            if (docError) { fail(docError); return; }
            render(query, result, shown, pages);
            deepen(query, shown, mine);
          });
        });
      });
    }

    function render(query, result, shown, pages) {
      /* A total that is not exact is an upper bound (not every match was read): say so. */
      status.textContent = result.total > 0 ? '找到' + (result.exact ? ' ' : '至多 ') + result.total + ' 篇文章' : '没有找到包含“' + state.q + '”的文章。';
      body.textContent = '';
      body.appendChild(controls(result));
      var list = el('ol', 'search-results');
      list.start = (state.page - 1) * PAGE_SIZE + 1;
      shown.forEach(function (h) {
        var d = engine.display(h.doc), item = el('li', 'search-result');
        var title = el('a', 'search-title', d.title);
        title.href = base + d.url;
        var heading = el('h2');
        heading.appendChild(title);
        item.appendChild(heading);
        item.appendChild(el('p', 'search-meta', [d.page, d.kind].concat(d.townships).filter(Boolean).join(' · ')));
        var p = el('p', 'search-excerpt');
        p.setAttribute('data-doc', String(h.doc));
        fill(p, d.lead || d.title, query);
        item.appendChild(p);
        list.appendChild(item);
      });
      body.appendChild(list);
      if (pages > 1) body.appendChild(pager(pages));
    }

    function fill(p, text, query) {
      p.textContent = '';
      excerpt(text, query).forEach(function (part) { p.appendChild(part.hit ? el('mark', null, part.text) : document.createTextNode(part.text)); });
    }

    /* The results shown whose lead lacks a query term their bodies may hold get their excerpts
       from further in, once the parts that hold it are loaded: a round of files for all of them at
       a time, in rank order while the budget lasts (after the list is shown: ranking never waits
       for it). A result the budget or a failed load stops keeps the excerpt of the text read so
       far, which is still right, only less telling. */
    function deepen(query, shown, mine) {
      var budget = { chars: EXCERPT_CHARS };
      function show(r) {
        var p = body.querySelector('p.search-excerpt[data-doc="' + r.doc + '"]');
        if (p && r.part > 0) fill(p, r.text, query);
      }
      (function round(open) {
        var now = affordable(engine, open, budget);
        open.forEach(function (r) { if (now.indexOf(r) < 0) show(r); });
        if (now.length === 0) return;
        load(base, now.map(function (r) { return engine.textKey(r.doc, r.part); }), function () {
          if (mine !== run) return;
          var next = [];
          now.forEach(function (r) {
            if (readPart(engine, r) && wantsMore(r)) next.push(r); else show(r);
          });
          round(next);
        });
      })(shown.map(function (h) { return reading(engine, query, h.doc); }).filter(wantsMore));
    }

    function controls(result) {
      var box = el('div', 'search-controls');
      var label = el('label', null, '排序 ');
      var select = el('select');
      SORTS.forEach(function (o) {
        var opt = el('option', null, o[1]);
        opt.value = o[0];
        opt.selected = state.sort === o[0];
        select.appendChild(opt);
      });
      select.addEventListener('change', function () { state.sort = select.value; state.page = 1; search(); });
      label.appendChild(select);
      box.appendChild(label);
      engine.index.facets.forEach(function (fc) {
        /* Without exact counts (several terms or filters on other facets, on an archive too large to count them) every value is offered, unnumbered. */
        var counts = result.counts[fc.name], values = byDisplayOrder(fc).filter(function (v) { return !counts || counts[v] || state.filters[fc.name].indexOf(v) >= 0; });
        if (values.length === 0) return;
        var set = el('fieldset', 'search-facet');
        set.appendChild(el('legend', null, fc.label));
        values.forEach(function (v) {
          var l = el('label'), box2 = el('input');
          box2.type = 'checkbox';
          box2.name = fc.name;
          box2.value = v;
          box2.checked = state.filters[fc.name].indexOf(v) >= 0;
          box2.addEventListener('change', function () {
            var chosen = state.filters[fc.name];
            if (box2.checked) chosen.push(v); else chosen.splice(chosen.indexOf(v), 1);
            state.page = 1;
            search();
          });
          l.appendChild(box2);
          l.appendChild(document.createTextNode(' ' + v + (counts ? ' (' + (counts[v] || 0) + ')' : '')));
          set.appendChild(l);
        });
        box.appendChild(set);
      });
      return box;
    }

    function pager(pages) {
      var nav = el('nav', 'search-pager');
      nav.setAttribute('aria-label', '检索结果分页');
      function button(text, page, disabled) {
        var b = el('button', null, text);
        b.type = 'button';
        b.disabled = disabled;
        b.addEventListener('click', function () { state.page = page; search(); input.focus(); });
        nav.appendChild(b);
      }
      button('上一页', state.page - 1, state.page <= 1);
      nav.appendChild(el('span', null, ' 第 ' + state.page + ' / ' + pages + ' 页 '));
      button('下一页', state.page + 1, state.page >= pages);
      return nav;
    }
  }

  PS.excerpt = excerpt;
  PS.holdsAll = holdsAll;
  PS.reading = reading;
  PS.wantsMore = wantsMore;
  PS.readPart = readPart;
  PS.affordable = affordable;
  PS.EXCERPT_CHARS = EXCERPT_CHARS;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
