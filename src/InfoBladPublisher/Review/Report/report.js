// Review report behaviour: the slider, the view buttons, and j/k to move between changes. The page is usable
// without it (thumbnails and text diffs); this only adds the comparison tools.
(function () {
  'use strict';
  var changes = Array.prototype.slice.call(document.querySelectorAll('[data-wijziging]'));

  function setMode(compare, mode) {
    compare.setAttribute('data-modus', mode);
    compare.querySelectorAll('button[data-modus]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-modus') === mode));
    });
  }

  document.querySelectorAll('.vergelijk').forEach(function (compare) {
    var head = compare.querySelector('.laag--nieuw');
    var slider = compare.querySelector('input[type=range]');
    if (slider && head) {
      var apply = function () { head.style.clipPath = 'inset(0 0 0 ' + slider.value + '%)'; };
      slider.addEventListener('input', apply);
      apply();
    }
    compare.querySelectorAll('button[data-modus]').forEach(function (button) {
      button.addEventListener('click', function () { setMode(compare, button.getAttribute('data-modus')); });
    });
  });

  function current() {
    var active = document.activeElement && document.activeElement.closest ? document.activeElement.closest('[data-wijziging]') : null;
    return active ? changes.indexOf(active) : -1;
  }

  function go(index) {
    if (index < 0 || index >= changes.length) { return; }
    changes[index].focus();
    changes[index].scrollIntoView({ block: 'start' });
  }

  document.addEventListener('keydown', function (event) {
    var typing = event.target && event.target.tagName === 'INPUT' && event.target.type !== 'range';
    if (event.altKey || event.ctrlKey || event.metaKey || typing) { return; }
    var i = current();
    var modes = { b: 'basis', n: 'nieuw', v: 'verschil', s: 'schuif' };
    if (event.key === 'j') { go(i + 1); event.preventDefault(); }
    else if (event.key === 'k') { go(Math.max(0, i - 1)); event.preventDefault(); }
    else if (modes[event.key] && i >= 0) {
      var compare = changes[i].querySelector('.vergelijk');
      if (compare) { setMode(compare, modes[event.key]); }
    }
  });

  window.__reportReady = true;
}());
