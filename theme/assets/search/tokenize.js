/* Pages search: the tokenizer. This is src/Pages.Core/Search/SearchTokenizer.cs in JavaScript,
   step for step: the index is built with that one and queried with this one, so any change must be
   made to both (the Jint tests in tests/Pages.Search.Tests compare them). Plain script, no DOM. */
(function (root) {
  'use strict';
  var PS = root.PagesSearch = root.PagesSearch || {};

  var SPACE = 0, CJK = 1, WORD = 2, OTHER = 3;

  /* Full-width ASCII to half-width, the ideographic space to a space, A-Z to a-z. */
  function fold(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    else if (c === 0x3000) c = 0x20;
    return c >= 0x41 && c <= 0x5A ? c + 32 : c;
  }

  function classify(f) {
    if (f <= 0x20) return SPACE;
    if ((f >= 0x61 && f <= 0x7A) || (f >= 0x30 && f <= 0x39)) return WORD;
    if ((f >= 0x3400 && f <= 0x4DBF) || (f >= 0x4E00 && f <= 0x9FFF) || (f >= 0xF900 && f <= 0xFAFF) || f === 0x3007) return CJK;
    return OTHER;
  }

  function classAt(text, i) { return classify(fold(text.charCodeAt(i))); }

  /* Tokens: {term, kind ('w' word, 'u' unigram, 'b' bigram), pos, start, end, run}. */
  function tokenize(text) {
    var tokens = [], pos = -1, gap = false, i = 0, n = text.length;
    while (i < n) {
      var cls = classAt(text, i);
      if (cls === SPACE) { i++; continue; }
      if (cls === OTHER) { gap = tokens.length > 0; i++; continue; }
      if (cls === WORD) {
        var start = i, word = '';
        while (i < n && classAt(text, i) === WORD) word += String.fromCharCode(fold(text.charCodeAt(i++)));
        pos += gap ? 2 : 1;
        gap = false;
        tokens.push({ term: word, kind: 'w', pos: pos, start: start, end: i, run: 0 });
        continue;
      }
      /* A CJK run; whitespace between two CJK characters is dropped (column line breaks). */
      var chars = [], at = [];
      while (i < n) {
        var c = classAt(text, i);
        if (c === CJK) { chars.push(String.fromCharCode(fold(text.charCodeAt(i)))); at.push(i); i++; continue; }
        if (c !== SPACE) break;
        var j = i;
        while (j < n && classAt(text, j) === SPACE) j++;
        if (j < n && classAt(text, j) === CJK) i = j; else break;
      }
      for (var k = 0; k < chars.length; k++) {
        pos += k === 0 && gap ? 2 : 1;
        gap = false;
        tokens.push({ term: chars[k], kind: 'u', pos: pos, start: at[k], end: at[k] + 1, run: chars.length });
        if (k + 1 < chars.length)
          tokens.push({ term: chars[k] + chars[k + 1], kind: 'b', pos: pos, start: at[k], end: at[k + 1] + 1, run: chars.length });
      }
    }
    return tokens;
  }

  /* The tokens a query looks up: words, bigrams, and unigrams only of one-character runs. */
  function queryTokens(text) {
    return tokenize(text).filter(function (t) { return t.kind !== 'u' || t.run === 1; });
  }

  PS.tokenize = tokenize;
  PS.queryTokens = queryTokens;
})(typeof globalThis !== 'undefined' ? globalThis : this);
