// reports/report.js: the one script of the HTML report. Everything is
// readable without it; it adds the filter bar (verdict, kind, outlet) and a
// text search over the findings. It never builds markup from strings: it
// only toggles the `hidden` property of elements already on the page.
(function () {
  'use strict';
  var root = document.documentElement;
  var controls = document.getElementById('controls');
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var verdict = document.getElementById('f-verdict');
  var kind = document.getElementById('f-kind');
  var outlet = document.getElementById('f-outlet');
  var search = document.getElementById('f-search');
  var count = document.getElementById('f-count');
  if (!controls || !verdict || !kind || !outlet || !search || !count) return;
  var texts = findings.map(function (f) { return (f.textContent || '').toLowerCase(); });

  function apply() {
    var v = verdict.value, k = kind.value, o = outlet.value;
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function (f, i) {
      var outlets = (f.getAttribute('data-outlets') || '').split(' ');
      var ok = (!v || f.getAttribute('data-verdict') === v) &&
               (!k || f.getAttribute('data-kind') === k) &&
               (!o || outlets.indexOf(o) >= 0) &&
               (!q || texts[i].indexOf(q) >= 0);
      f.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  }

  [verdict, kind, outlet].forEach(function (el) { el.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  // A click on a matrix cell filters by the row's outlet.
  Array.prototype.forEach.call(document.querySelectorAll('table.matrix [data-outlet]'), function (cell) {
    cell.addEventListener('click', function () {
      outlet.value = cell.getAttribute('data-outlet');
      apply();
      controls.scrollIntoView();
    });
  });
  // A link into a closed document view opens it.
  function openTarget() {
    var id = location.hash.slice(1);
    var target = id ? document.getElementById(id) : null;
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') el.open = true;
    }
    if (target) target.scrollIntoView();
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  controls.hidden = false;
  apply();
  root.setAttribute('data-js', 'ready');
})();
