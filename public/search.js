// Search page: loads Pagefind only when the reader first searches. Pagefind keeps one index per
// <html lang>, so the results are in the page's language.
(function () {
  var form = document.getElementById('search');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var strings = JSON.parse(form.getAttribute('data-strings') || '{}');
  var pagefind = null;
  var pending = 0;

  function load() {
    if (!pagefind) pagefind = import('/pagefind/pagefind.js');
    return pagefind;
  }

  function filters() {
    var result = {};
    ['situation', 'type', 'edition'].forEach(function (name) {
      var value = form.elements[name].value;
      if (value) result[name] = value;
    });
    return result;
  }

  function render(items) {
    list.innerHTML = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var h = document.createElement('h2');
      var a = document.createElement('a');
      a.href = item.url;
      a.textContent = (item.meta && item.meta.title) || item.url;
      h.appendChild(a);
      var p = document.createElement('p');
      // Pagefind escapes the excerpt and marks matches with <mark>.
      p.innerHTML = item.excerpt;
      li.appendChild(h);
      li.appendChild(p);
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
    var pf = await load();
    var search = await pf.search(query || null, { filters: filters() });
    var items = await Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    if (mine !== pending) return;
    render(items);
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
  form.addEventListener('change', run);
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
})();
