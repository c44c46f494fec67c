// The details drawer beside the list. It loads the server-rendered fragment
// target/<t>/torrent/<hash>/panel (autoescaped by Pebble, so it is markup we wrote) and keeps its
// own URL: the list's URL plus details=<target>/<hash>, so a reload or a shared link opens it again.
const drawer = document.getElementById('drawer');
const shell = drawer ? drawer.closest('.shell') : null;

function base() {
  const table = document.querySelector('table.torrents[data-base]');
  return table ? table.getAttribute('data-base') : '/';
}

function urlWith(details) {
  const url = new URL(window.location.href);
  if (details) { url.searchParams.set('details', details); } else { url.searchParams.delete('details'); }
  return url;
}

function selectTab(tab) {
  const tabs = [...drawer.querySelectorAll('[role=tab]')];
  tabs.forEach((t) => {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    drawer.querySelector('#' + t.getAttribute('aria-controls')).hidden = !on;
  });
}

export function closeDrawer(push = true) {
  if (!drawer || drawer.hidden) { return; }
  drawer.hidden = true;
  drawer.replaceChildren();
  shell.classList.remove('with-drawer');
  if (push) { history.pushState(null, '', urlWith(null)); }
}

/** Opens "target/hash" in the drawer; push=false when the URL already says so (load, back button). */
export function openDrawer(details, push = true) {
  if (!drawer || !/^[^/]+\/[0-9A-Fa-f]{40}$/.test(details)) { return; }
  const [target, hash] = details.split('/');
  fetch(base() + 'target/' + encodeURIComponent(target) + '/torrent/' + hash + '/panel',
    { credentials: 'same-origin', headers: { Accept: 'text/html' } })
    .then((r) => r.text().then((html) => { if (!r.ok) { throw new Error(r.statusText); } return html; }))
    .then((html) => {
      const panel = new DOMParser().parseFromString(html, 'text/html').getElementById('torrent-panel');
      if (!panel) { throw new Error('no panel'); }
      drawer.replaceChildren(document.adoptNode(panel));
      drawer.hidden = false;
      shell.classList.add('with-drawer');
      if (push) { history.pushState(null, '', urlWith(details)); }
      drawer.querySelector('[role=tab][aria-selected=true]').focus();
    })
    .catch((e) => {
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = 'Could not load the details: ' + e.message;
      drawer.replaceChildren(p);
      drawer.hidden = false;
      shell.classList.add('with-drawer');
    });
}

/** The drawer key of a list row: "target/hash". */
export function detailsOf(row) {
  return row.closest('table').getAttribute('data-target') + '/' + row.getAttribute('data-hash');
}

if (drawer) {
  drawer.addEventListener('click', (e) => {
    if (e.target.closest('[data-drawer-close]')) { closeDrawer(); return; }
    const tab = e.target.closest('[role=tab]');
    if (tab) { selectTab(tab); }
  });
  drawer.addEventListener('keydown', (e) => {
    const tab = e.target.closest('[role=tab]');
    if (e.key === 'Escape') { closeDrawer(); e.preventDefault(); return; }
    if (!tab || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) { return; }
    const tabs = [...drawer.querySelectorAll('[role=tab]')];
    const next = tabs[(tabs.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    selectTab(next);
    next.focus();
    e.preventDefault();
  });
  document.querySelectorAll('form.bulk table.torrents').forEach((table) => {
    table.tBodies[0].addEventListener('dblclick', (e) => {
      const row = e.target.closest('tr.torrent');
      if (row && !e.target.closest('a, input')) { openDrawer(detailsOf(row)); }
    });
  });
  window.addEventListener('popstate', () => {
    const details = new URL(window.location.href).searchParams.get('details');
    if (details) { openDrawer(details, false); } else { closeDrawer(false); }
  });
  const first = new URL(window.location.href).searchParams.get('details');
  if (first) { openDrawer(first, false); }
}
