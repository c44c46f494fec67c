// The list page's ONE event stream (server-sent events from /live/events, fed by the mirror's
// deltas): it says which torrents changed, came or went, and the rates. This module shows the
// connection state, writes the rates, and tells the other modules through DOM events:
//   pyro:live  {kind: 'full'|'changes'|'failed'|'resync', target, changed, added, removed, error}
//              list-scroll.js re-fetches its visible slice, live.js the counts;
//   pyro:rates {target, rates, limits, total} the header's rates (and its graph, if any);
//   pyro:live-state {state: 'live'|'reconnecting'|'offline'};
//   pyro:disk  {disks: [{target, label, title, low}]} the header's free space, when it changed.
// EventSource reconnects by itself after a dropped connection; when the server refuses (a restart
// answering 502 through a proxy, a 401 after logout) it gives up, so this module retries with
// backoff, and a 401 leads to the login form. After any reconnect the page resyncs what it shows.
// A hidden tab holds no stream: a browser opens at most 6 connections to one host over HTTP/1.1,
// so six open tabs, each holding its stream, left the seventh unable even to load its page. Shown
// again, the tab reconnects and resyncs.
const main = document.getElementById('main');
const indicator = document.querySelector('[data-live-state]');
const targets = [...document.querySelectorAll('section[data-target]')].map((s) => s.getAttribute('data-target'));

const LABELS = { live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline', paused: 'Paused while hidden' };

function setState(state) {
  if (indicator) {
    indicator.hidden = false;
    indicator.setAttribute('data-live-state', state);
    indicator.querySelector('[data-live-state-text]').textContent = LABELS[state];
    indicator.title = state === 'live' ? 'Updates arrive as they happen' : 'Live updates paused: ' + LABELS[state];
  }
  document.dispatchEvent(new CustomEvent('pyro:live-state', { detail: { state } }));
}

function tell(detail) { document.dispatchEvent(new CustomEvent('pyro:live', { detail })); }

function rates(d) {
  const section = document.querySelector('section[data-target="' + CSS.escape(d.target) + '"]');
  if (section && d.rates) {
    const down = section.querySelector('[data-status-field="downRate"]');
    const up = section.querySelector('[data-status-field="upRate"]');
    if (down) { down.textContent = d.rates.down; }
    if (up) { up.textContent = d.rates.up; }
  }
  if (d.total) {
    document.querySelectorAll('[data-global-rate]').forEach((el) => {
      el.textContent = d.total[el.getAttribute('data-global-rate')];
    });
  }
  document.dispatchEvent(new CustomEvent('pyro:rates', { detail: { target: d.target, rates: d.rates, limits: d.limits, total: d.total } }));
}

function disks(d) {
  if (d.disks) { document.dispatchEvent(new CustomEvent('pyro:disk', { detail: { disks: d.disks } })); }
}

function failed(d) {
  const error = document.querySelector('section[data-target="' + CSS.escape(d.target) + '"] [data-live-error]');
  if (error) { error.textContent = d.error; error.hidden = false; }
}

function recovered(d) {
  const error = document.querySelector('section[data-target="' + CSS.escape(d.target) + '"] [data-live-error]');
  if (error) { error.hidden = true; }
  // A list that was empty at first paint keeps a hidden table: list-scroll.js fills it in place.
}

function start(url, overview) {
  let source = null;
  let retry = 1000;
  let errors = 0;
  let down = false;

  function resync() {
    targets.forEach((target) => tell({ kind: 'resync', target }));
  }

  function checkSession() {
    fetch(overview, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => {
        if (r.status === 401) { window.location.reload(); return; } // leads to the login form
        setState(r.ok ? 'reconnecting' : 'offline');
        later();
      })
      .catch(() => { setState('offline'); later(); });
  }

  let timer = null;

  function later() {
    timer = setTimeout(connect, retry);
    retry = Math.min(retry * 2, 15000);
  }

  function on(name, fn) {
    source.addEventListener(name, (e) => fn(JSON.parse(e.data)));
  }

  function connect() {
    timer = null;
    if (document.hidden) { down = true; setState('paused'); return; } // shown, it connects
    source = new EventSource(url, { withCredentials: true });
    on('hello', () => {
      retry = 1000; errors = 0;
      setState('live');
      if (down) { down = false; resync(); }
    });
    on('full', (d) => { recovered(d); rates(d); disks(d); tell({ kind: 'full', target: d.target }); });
    on('disk', disks);
    on('changes', (d) => {
      recovered(d);
      rates(d);
      disks(d);
      tell({ kind: 'changes', target: d.target, changed: d.changed, added: d.added, removed: d.removed });
      if (d.finished || d.errors) {
        document.dispatchEvent(new CustomEvent('pyro:milestones', {
          detail: { target: d.target, finished: d.finished || [], errors: d.errors || [] },
        }));
      }
    });
    on('failed', (d) => { failed(d); tell({ kind: 'failed', target: d.target, error: d.error }); });
    on('resync', () => resync());
    source.onerror = () => {
      down = true;
      errors += 1;
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        checkSession();
      } else {
        setState(errors >= 3 ? 'offline' : 'reconnecting');
      }
    };
  }

  window.addEventListener('pagehide', () => { if (source) { source.close(); } });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) {
      if (source) { source.close(); source = null; }
      if (timer) { clearTimeout(timer); timer = null; }
      down = true;
      setState('paused');
    } else if (!source && !timer) {
      retry = 1000;
      connect();
    }
  });
  connect();
}

if (main && main.getAttribute('data-live-kind') === 'overview' && window.EventSource && targets.length > 0) {
  const overview = main.getAttribute('data-live');
  const query = new URL(overview, window.location.href).searchParams;
  const url = new URL(overview.replace(/live\/overview.*$/, 'live/events'), window.location.href);
  url.searchParams.set('view', query.get('view') || 'main');
  targets.forEach((t) => url.searchParams.append('target', t));
  document.documentElement.setAttribute('data-live-stream', '');
  start(url.toString(), overview);
  // Painted from the rows a mirror kept through an idle spell: fetch current ones now (they come
  // when the mirror's resume read is in); live.js lifts the mark when they are shown.
  document.querySelectorAll('section[data-target][data-kept]').forEach((s) => tell({ kind: 'resync', target: s.getAttribute('data-target') }));
}
