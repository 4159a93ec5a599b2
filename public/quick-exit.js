// Quick exit: leave the site at once and take it out of this tab's history, so that Back does not
// return here. The link works without JavaScript too (as an ordinary link).
(function () {
  var exit = document.getElementById('quick-exit');
  if (!exit) return;
  var target = exit.getAttribute('href');
  function leave(event) {
    if (event) event.preventDefault();
    document.body.innerHTML = '';
    document.title = '';
    window.location.replace(target);
  }
  exit.addEventListener('click', leave);
  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < 1000) leave(event);
    lastEscape = now;
  });
})();
