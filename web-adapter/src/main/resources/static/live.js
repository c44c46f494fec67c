// The pages' live data. Pages work without it; with it they refresh rates, progress, states and
// counts from the page's own live endpoint (the main element's data-live attribute): on the list
// page when its event stream says something changed, elsewhere every few seconds;
// select all rows, and submit a file's priority when it changes. Text is set with textContent only.
(function () {
  'use strict';
  var INTERVAL_MS = 5000;
  var main = document.getElementById('main');

  function each(root, selector, fn) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), fn);
  }

  function fill(scope, values) {
    each(scope, '[data-field]', function (el) {
      var name = el.getAttribute('data-field');
      if (!(name in values) || typeof values[name] === 'object') { return; }
      var text = String(values[name]);
      if (el.textContent !== text) { el.textContent = text; }
      if (name === 'message') {
        var icon = el.closest('tr') && el.closest('tr').querySelector('[data-message-icon]');
        if (icon) { icon.hidden = text === ''; icon.title = text; icon.setAttribute('aria-label', 'Tracker message: ' + text); }
      }
      if (name === 'state') { el.className = 'state state-' + text; }
    });
    if ('percent' in values) {
      each(scope, 'progress[data-progress]', function (el) { el.value = values.percent; });
    }
  }

  function rowState(row, state) {
    row.className = row.className.replace(/\bstate-\S+/g, '') .trim() + ' state-' + state;
  }

  function overview(data) {
    var stale = false;
    data.sections.forEach(function (section) {
      var el = document.querySelector('section[data-target="' + CSS.escape(section.target) + '"]');
      if (!el) { stale = true; return; }
      var error = el.querySelector('[data-live-error]');
      if (!section.loaded) { error.textContent = section.error; error.hidden = false; return; }
      error.hidden = true;
      if (!el.querySelector('[data-status]')) { stale = true; return; }
      if (!section.kept) {
        el.removeAttribute('data-kept');
        each(el, '[data-kept-notice]', function (n) { n.remove(); });
      }
      each(el, '[data-status-field]', function (f) {
        f.textContent = section.status[f.getAttribute('data-status-field')];
      });
      section.counts.forEach(function (c) {
        var count = el.querySelector('[data-count="' + c.state + '"]');
        if (count) { count.textContent = String(c.count); }
      });
      // A scrolling list (list-scroll.js) holds another window of rows than the first page: it
      // updates the rows it holds and leaves the rest to its own slices.
      var scrolling = el.querySelector('table[data-scrolling]') !== null;
      var shown = el.querySelectorAll('tr[data-hash]').length;
      if (!scrolling && shown !== section.torrents.length) { stale = true; }
      section.torrents.forEach(function (t) {
        var row = el.querySelector('tr[data-hash="' + t.hash + '"]');
        if (!row) { if (!scrolling) { stale = true; } return; }
        fill(row, t);
        rowState(row, t.state);
      });
    });
    if (data.sidebar) {
      data.sidebar.statuses.forEach(function (f) {
        var count = document.querySelector('[data-status-count="' + f.key + '"]');
        if (count) { count.textContent = String(f.count); }
      });
      counts(data.sidebar.labels, 'data-label-count');
      counts(data.sidebar.trackers, 'data-tracker-count');
    }
    var notice = document.querySelector('[data-live-stale]');
    if (notice) { notice.hidden = !stale; }
  }

  // Labels and tracker domains: each shown count follows the server's; one that is gone reads 0
  // (a domain or label new since the page was drawn shows on the next page load).
  function counts(filters, attribute) {
    if (!filters) { return; }
    var fresh = {};
    filters.forEach(function (f) { fresh[f.key] = f.count; });
    each(document, '[' + attribute + ']', function (el) {
      var key = el.getAttribute(attribute);
      var text = String(fresh[key] || 0);
      if (el.textContent !== text) { el.textContent = text; }
    });
  }

  function cell(tr, text) {
    var td = document.createElement('td');
    td.textContent = text;
    tr.appendChild(td);
  }

  function torrent(data) {
    var root = document.getElementById('torrent');
    fill(document.getElementById('info'), data.info);
    data.files.forEach(function (f) {
      var li = root.querySelector('[data-file-index="' + f.index + '"]');
      if (li) { fill(li, f); }
    });
    var body = root.querySelector('[data-peers]');
    if (!body) { return; }
    while (body.firstChild) { body.removeChild(body.firstChild); }
    data.peers.forEach(function (p) {
      var tr = document.createElement('tr');
      [p.address, p.client, p.encrypted ? 'yes' : 'no', p.incoming ? 'yes' : 'no', p.done, p.downRate, p.upRate]
        .forEach(function (text) { cell(tr, text); });
      body.appendChild(tr);
    });
    if (data.peers.length === 0) {
      var empty = document.createElement('tr');
      cell(empty, 'No connected peers.');
      empty.firstChild.colSpan = 7;
      body.appendChild(empty);
    }
  }

  function showError(message) {
    each(document, '[data-live-error]', function (el) {
      if (el.closest('#torrent') || !document.getElementById('torrent')) {
        el.textContent = message;
        el.hidden = false;
      }
    });
  }

  function poll() {
    if (document.hidden) { return; }
    fetch(main.getAttribute('data-live'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        // The session ended (logout elsewhere, idle too long): reloading leads to the login form.
        if (response.status === 401) { window.location.reload(); return new Promise(function () {}); }
        return response.json().then(function (data) {
          if (!response.ok) { throw new Error(data.error || response.statusText); }
          return data;
        });
      })
      .then(function (data) {
        if (main.getAttribute('data-live-kind') === 'torrent') {
          var error = document.querySelector('#torrent [data-live-error]');
          if (error) { error.hidden = true; }
          torrent(data);
        } else {
          overview(data);
        }
      })
      .catch(function (e) { showError('Live update failed: ' + e.message); });
  }

  // The list page follows its event stream (live-stream.js): counts and statuses are asked for
  // again when the stream says something changed, at most once a second, never on a timer. The
  // torrent page (peers, files: read live) and browsers without EventSource keep the timer.
  function streaming() { return document.documentElement.hasAttribute('data-live-stream'); }
  var soonTimer = null;
  var lastPoll = 0;
  function soon() {
    if (soonTimer) { return; }
    soonTimer = setTimeout(function () { soonTimer = null; lastPoll = Date.now(); poll(); },
      Math.max(0, lastPoll + 1000 - Date.now()));
  }
  document.addEventListener('pyro:live', function (e) {
    var d = e.detail;
    if (d.kind === 'resync' || d.kind === 'full' || d.added > 0 || d.removed > 0 || (d.changed && d.changed.length > 0)) { soon(); }
  });
  document.addEventListener('visibilitychange', function () { if (!document.hidden && streaming()) { soon(); } });

  if (main && main.hasAttribute('data-live') && window.fetch) {
    setInterval(function () { if (!streaming()) { poll(); } }, INTERVAL_MS);
  }

  each(document, 'input[data-select-all]', function (box) {
    box.addEventListener('change', function () {
      each(box.closest('form'), 'input[type=checkbox][name=hash]', function (b) { b.checked = box.checked; });
    });
  });

  each(document, 'select[data-autosubmit]', function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
})();
