// One list for any N: the table scrolls through every matching torrent while the DOM holds only the
// rows near the viewport (a window of WINDOW rows), fetched from the server's sorted, filtered
// slices. Spacer rows above and below keep the scrollbar true to the whole list. Text is set with
// textContent only; nothing from the server becomes markup.
const WINDOW = 200;
const MARGIN = 50;

function cell(tr, className, text) {
  const td = document.createElement('td');
  td.className = className;
  if (text !== undefined) { td.textContent = text; }
  tr.appendChild(td);
  return td;
}

function bdiLink(href, text) {
  const a = document.createElement('a');
  a.href = href;
  const bdi = document.createElement('bdi');
  bdi.textContent = text;
  a.appendChild(bdi);
  return a;
}

/** The same cells, in the same order, as the row macro in partials/rows.peb. */
function row(t, base, target, selected) {
  const tr = document.createElement('tr');
  tr.id = 'torrent-' + target + '-' + t.hash;
  tr.className = 'torrent state-' + t.state;
  tr.setAttribute('data-hash', t.hash);
  const select = cell(tr, 'select');
  const box = document.createElement('input');
  box.type = 'checkbox'; box.name = 'hash'; box.value = t.hash; box.checked = selected.has(t.hash);
  box.setAttribute('aria-label', 'Select ' + t.name);
  select.appendChild(box);
  const name = cell(tr, 'name col-name');
  const icon = document.createElement('span');
  icon.className = 'msg-icon'; icon.setAttribute('data-message-icon', ''); icon.setAttribute('role', 'img');
  icon.title = t.message; icon.setAttribute('aria-label', 'Tracker message: ' + t.message); icon.textContent = '\u26a0';
  icon.hidden = t.message === '';
  name.appendChild(icon);
  name.appendChild(bdiLink(base + t.href, t.name));
  cell(tr, 'size col-size', t.size).setAttribute('data-field', 'size');
  const done = cell(tr, 'done col-done');
  const progress = document.createElement('progress');
  progress.max = 100; progress.value = t.percent; progress.setAttribute('data-progress', '');
  const percent = document.createElement('span');
  percent.className = 'percent'; percent.textContent = t.percent + '%';
  done.append(progress, ' ', percent);
  const state = cell(tr, 'state col-state');
  const word = document.createElement('span');
  word.className = 'state state-' + t.state; word.setAttribute('data-field', 'state'); word.textContent = t.state;
  state.appendChild(word);
  [['down col-down', 'downRate'], ['up col-up', 'upRate'], ['ratio col-ratio', 'ratio'], ['peers col-peers', 'peers']]
    .forEach(([cls, field]) => cell(tr, cls, t[field]).setAttribute('data-field', field));
  const label = cell(tr, 'label col-label');
  if (t.label) { label.appendChild(bdiLink(base + t.labelHref, t.label)); }
  cell(tr, 'eta col-eta', t.eta).setAttribute('data-field', 'eta');
  ['uploaded', 'downloaded', 'seeds', 'left'].forEach((f) => cell(tr, 'col-' + f, t[f]).setAttribute('data-field', f));
  ['started', 'finished', 'created'].forEach((f) => cell(tr, 'col-' + f, t[f]));
  const dir = cell(tr, 'col-directory');
  const bdi = document.createElement('bdi'); bdi.textContent = t.directory; dir.appendChild(bdi);
  cell(tr, 'col-priority', t.priority);
  cell(tr, 'col-files', t.files);
  cell(tr, 'col-throttle', t.throttle);
  const message = cell(tr, 'col-message');
  const text = document.createElement('div');
  text.className = 'message'; text.setAttribute('data-field', 'message'); text.textContent = t.message;
  message.appendChild(text);
  const hash = cell(tr, 'col-hash');
  const code = document.createElement('code'); code.textContent = t.hash; hash.appendChild(code);
  return tr;
}

function spacer(columns) {
  const tr = document.createElement('tr');
  tr.className = 'spacer';
  tr.setAttribute('aria-hidden', 'true');
  const td = document.createElement('td');
  td.colSpan = columns;
  tr.appendChild(td);
  return tr;
}

function virtualize(table) {
  const box = table.closest('[data-scroll-box]');
  const body = table.tBodies[0];
  const base = table.getAttribute('data-base');
  const target = table.getAttribute('data-target');
  const columns = table.tHead.rows[0].cells.length;
  let total = Number(table.getAttribute('data-total'));
  const first = body.rows[0] || null;
  if (!box) { return; }
  // An empty view guesses, and measures its first row once one is drawn.
  let rowHeight = (first && first.getBoundingClientRect().height) || 32;
  let measured = first !== null;
  const top = spacer(columns);
  const bottom = spacer(columns);
  body.insertBefore(top, first);
  body.appendChild(bottom);
  let from = 0;
  let to = body.rows.length - 2;
  let wanted = null;
  const selected = new Set();

  table.setAttribute('data-scrolling', '');
  box.classList.add('scrolling');
  const paging = table.closest('form').querySelector('[data-paging]');
  if (paging) { paging.hidden = true; }
  body.addEventListener('change', (e) => {
    const b = e.target;
    if (b.name === 'hash') { if (b.checked) { selected.add(b.value); } else { selected.delete(b.value); } }
  });

  function heights() {
    top.firstChild.style.height = (from * rowHeight) + 'px';
    bottom.firstChild.style.height = (Math.max(0, total - to) * rowHeight) + 'px';
    table.setAttribute('data-window', from + '-' + to);
  }

  function held() { return [...body.rows].filter((r) => r !== top && r !== bottom); }

  // "Select all N that match" says the server's count of the filter as it is now, not at load.
  // An empty view shows its note instead of the table until a torrent comes.
  const form = table.closest('form');
  const matchTotal = form.querySelector('[data-match-total]');
  const emptyNote = form.querySelector('[data-empty-note]');
  function totalIs(n) {
    total = n;
    if (matchTotal && matchTotal.textContent !== String(n)) { matchTotal.textContent = String(n); }
    if (matchTotal) { matchTotal.closest('label').hidden = n === 0; }
    if (emptyNote) { emptyNote.hidden = n !== 0; }
    box.hidden = n === 0;
  }

  /**
   * The same torrents in the same order: patch the cells whose text changed and keep each row
   * element, so focus, the keyboard cursor and checkboxes stay; else the window is rendered anew.
   */
  function patch(start, answer) {
    const rows = held();
    if (start !== from || rows.length !== answer.rows.length
        || rows.some((r, i) => r.getAttribute('data-hash') !== answer.rows[i].hash)) { return false; }
    rows.forEach((old, i) => {
      const fresh = row(answer.rows[i], base, target, selected);
      const cursor = old.classList.contains('cursor');
      old.className = fresh.className;
      if (cursor) { old.classList.add('cursor'); }
      [...fresh.cells].forEach((td, c) => {
        const was = old.cells[c];
        if (c > 0 && was && was.textContent !== td.textContent) { was.replaceWith(td); }
        else if (c > 0 && was && td.querySelector('progress')) { was.querySelector('progress').value = td.querySelector('progress').value; }
      });
    });
    totalIs(answer.total);
    heights();
    return true;
  }

  function render(start, answer) {
    if (patch(start, answer)) { return; }
    held().forEach((r) => r.remove());
    const fragment = document.createDocumentFragment();
    answer.rows.forEach((t) => fragment.appendChild(row(t, base, target, selected)));
    body.insertBefore(fragment, bottom);
    totalIs(answer.total);
    from = start;
    to = start + answer.rows.length;
    if (!measured && answer.rows.length > 0) {
      rowHeight = held()[0].getBoundingClientRect().height || rowHeight;
      measured = true;
    }
    heights();
  }

  function fetchWindow(start) {
    wanted = start;
    const url = table.getAttribute('data-slice') + '&offset=' + start + '&limit=' + WINDOW;
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => r.json().then((data) => { if (!r.ok) { throw new Error(data.error || r.statusText); } return data; }))
      .then((data) => { if (wanted === start) { render(start, data.slice); wanted = null; check(); } })
      .catch(() => { wanted = null; });
  }

  function check() {
    const offsetTop = table.tHead.getBoundingClientRect().height;
    const firstVisible = Math.floor(Math.max(0, box.scrollTop - offsetTop) / rowHeight);
    const lastVisible = firstVisible + Math.ceil(box.clientHeight / rowHeight);
    if (firstVisible >= from && Math.min(lastVisible, total) <= to) { return; }
    const start = Math.max(0, Math.min(firstVisible - MARGIN, total - WINDOW));
    if (wanted !== start) { fetchWindow(Math.max(0, start)); }
  }

  // Live updates (live-stream.js): the stream says what changed; the window is asked for again,
  // sorted and filtered by the server, at most once a second and one request at a time, so new
  // torrents appear, removed ones vanish and values change in place without a reload.
  let refreshing = false;
  let again = false;
  let last = 0;
  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    const wait = Math.max(0, last + 1000 - Date.now());
    setTimeout(() => {
      last = Date.now();
      const start = from;
      const url = table.getAttribute('data-slice') + '&offset=' + start + '&limit=' + WINDOW;
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((r) => r.json().then((data) => { if (!r.ok) { throw new Error(data.error || r.statusText); } return data; }))
        .then((data) => { if (wanted === null) { render(start, data.slice); check(); } })
        .catch(() => {})
        .finally(() => { refreshing = false; if (again) { again = false; refresh(); } });
    }, wait);
  }
  document.addEventListener('pyro:live', (e) => {
    const d = e.detail;
    if (d.target !== target) { return; }
    if (d.kind === 'full' || d.kind === 'resync' || d.added > 0 || d.removed > 0 || (d.changed && d.changed.length > 0)) {
      refresh();
    }
  });

  heights();
  let pending = false;
  box.addEventListener('scroll', () => {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(() => { pending = false; check(); });
  });
}

if (window.fetch) {
  document.querySelectorAll('table.torrents[data-slice]').forEach((table) => {
    if (Number(table.getAttribute('data-offset')) <= 1) { virtualize(table); }
  });
}
