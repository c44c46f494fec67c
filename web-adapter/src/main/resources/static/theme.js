// Runs in <head>, before the body is painted: applies the theme this browser chose (light, dark, or
// the system's), so a dark-theme user never sees a white flash. Then wires the header's switch.
(function () {
  'use strict';
  var KEY = 'pyrotorrent.theme';
  var root = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY) || 'system'; } catch (e) { return 'system'; }
  }

  function apply(theme) {
    if (theme === 'light' || theme === 'dark') { root.setAttribute('data-theme', theme); }
    else { root.removeAttribute('data-theme'); }
  }

  apply(stored());

  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('theme-switch');
    if (!select) { return; }
    select.value = stored();
    select.closest('.theme-switch').hidden = false;
    select.addEventListener('change', function () {
      try { localStorage.setItem(KEY, select.value); } catch (e) { /* private mode: this page only */ }
      apply(select.value);
    });
  });
})();
