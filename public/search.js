// Search page: loads Pagefind (and, for Ukrainian, the stemmer) only when the reader first searches.
// Pagefind keeps one index per <html lang>, so results are in the page's language.
//
// Ukrainian: Pagefind has no stemmer for it, so scripts/search/index.ts indexed a hidden block of
// word stems after each uk page's text (it starts with STEMS_MARKER). Here the query is stemmed with
// the same code (/stemmer-uk.js, built from src/lib/stemmer-uk.ts) and the excerpt is made from the
// page's own words before the marker, so readers never see stems.
//
// The query is never written to the address bar or history: the device may be shared.
(function () {
  var STEMS_MARKER = '⁂';
  var form = document.getElementById('search');
  if (!form) return;
  var lang = document.documentElement.lang;
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var strings = JSON.parse(form.getAttribute('data-strings') || '{}');
  var engine = null;
  var pending = 0;

  function load() {
    if (!engine) {
      engine = Promise.all([
        import('/pagefind/pagefind.js'),
        lang === 'uk' ? import('/stemmer-uk.js') : Promise.resolve(null),
      ]).then(function (loaded) {
        var pagefind = loaded[0];
        pagefind.options({ excerptLength: 30 });
        return { pagefind: pagefind, stemmer: loaded[1] };
      });
    }
    return engine;
  }

  function filters() {
    var result = {};
    ['situation', 'type', 'edition'].forEach(function (name) {
      var value = form.elements[name].value;
      if (value) result[name] = value;
    });
    return result;
  }

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  var WORD = /[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*/u;

  // An excerpt of about 30 words around the first word whose stem starts with a query stem,
  // from the page text without the stems block; matching words are marked.
  function ukrainianExcerpt(content, stems, stemUk) {
    var text = content.split(STEMS_MARKER)[0];
    var words = text.split(/\s+/).filter(Boolean);
    var matches = words.map(function (word) {
      var m = WORD.exec(word);
      if (!m) return false;
      var stem = stemUk(m[0]);
      return stems.some(function (s) { return stem.indexOf(s) === 0 || m[0].toLowerCase().indexOf(s) === 0; });
    });
    var first = Math.max(0, matches.indexOf(true));
    var start = Math.max(0, first - 10);
    var slice = words.slice(start, start + 30).map(function (word, i) {
      return matches[start + i] ? '<mark>' + escapeHtml(word) + '</mark>' : escapeHtml(word);
    });
    return (start > 0 ? '… ' : '') + slice.join(' ') + (start + 30 < words.length ? ' …' : '');
  }

  function render(items, stems, stemmer) {
    list.innerHTML = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var kind = document.createElement('p');
      kind.className = 'kicker';
      var labels = [];
      if (item.filters && item.filters.type) labels = labels.concat(item.filters.type);
      if (item.filters && item.filters.edition) labels = labels.concat(item.filters.edition);
      kind.textContent = labels.join(' · ');
      var h = document.createElement('h2');
      var a = document.createElement('a');
      a.href = item.url;
      a.textContent = (item.meta && item.meta.title) || item.url;
      h.appendChild(a);
      var p = document.createElement('p');
      p.className = 'search-result__excerpt';
      // Pagefind escapes its excerpt and marks matches with <mark>; ours is escaped above.
      p.innerHTML = stemmer ? ukrainianExcerpt(item.content || '', stems, stemmer.stemUk) : item.excerpt;
      if (labels.length) li.appendChild(kind);
      li.appendChild(h);
      li.appendChild(p);
      var situations = (item.filters && item.filters.situation) || [];
      if (situations.length) {
        var tags = document.createElement('ul');
        tags.className = 'tags search-result__situations';
        situations.forEach(function (label) {
          var tag = document.createElement('li');
          tag.textContent = label;
          tags.appendChild(tag);
        });
        li.appendChild(tags);
      }
      list.appendChild(li);
    });
  }

  async function run() {
    var query = input.value.trim();
    var mine = ++pending;
    if (!query && Object.keys(filters()).length === 0) {
      list.innerHTML = '';
      status.textContent = '';
      return;
    }
    var loaded = await load();
    var stems = [];
    var term = query;
    if (loaded.stemmer && query) {
      stems = loaded.stemmer.stemWordsUk(query);
      term = stems.join(' ');
    }
    var search = await loaded.pagefind.search(term || null, { filters: filters() });
    if (mine !== pending || !search) return;
    var items = await Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    if (mine !== pending) return;
    render(items, stems, loaded.stemmer);
    status.textContent = items.length
      ? (strings.results || '{n}').replace('{n}', String(search.results.length))
      : strings.noResults || '';
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run();
  });
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('change', function (e) {
    if (e.target !== input) run();
  });
  // A link such as /uk/search/?q=паспорт (from a campaign letter) starts a search at once.
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
})();
