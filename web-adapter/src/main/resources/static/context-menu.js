// A context menu on the rows (right click; a long press on touch) with the toolbar's actions. Each
// item presses the bulk form's own button, so the server does the work and asks the same
// confirmations (erase, "all that match") as without the menu.
import { selectOnly, selectedRows } from './selection.js';
import { detailsOf, openDrawer } from './drawer.js';
import { copyMagnets } from './magnets.js';

const LONG_PRESS_MS = 550;
const ITEMS = [
  ['start', 'Start'], ['stop', 'Stop'], ['pause', 'Pause'], ['resume', 'Resume'], ['recheck', 'Recheck'],
  ['label', 'Set label…'], ['throttle', 'Throttle group…'],
  ['priority:high', 'Priority: high'], ['priority:normal', 'Priority: normal'], ['priority:low', 'Priority: low'],
  ['priority:off', 'Priority: off'],
  ['details', 'Details'], ['magnet', 'Copy magnet link'], ['erase', 'Erase…'],
];

let menu = null;
let openFor = null;

function build() {
  menu = document.createElement('div');
  menu.className = 'context-menu';
  menu.id = 'context-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', 'Actions on the selected torrents');
  menu.hidden = true;
  ITEMS.forEach(([key, title]) => {
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.setAttribute('data-menu-action', key);
    item.textContent = title;
    if (key === 'erase') { item.className = 'danger'; }
    menu.appendChild(item);
  });
  menu.addEventListener('click', (e) => {
    const item = e.target.closest('[data-menu-action]');
    if (item) { run(item.getAttribute('data-menu-action')); }
  });
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll('[role=menuitem]')];
    const at = items.indexOf(document.activeElement);
    if (e.key === 'Escape') { close(); e.preventDefault(); } else if (e.key === 'ArrowDown') {
      items[(at + 1) % items.length].focus(); e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      items[(at - 1 + items.length) % items.length].focus(); e.preventDefault();
    }
  });
  document.body.appendChild(menu);
  document.addEventListener('click', (e) => { if (!menu.hidden && !menu.contains(e.target)) { close(); } });
  window.addEventListener('blur', close);
}

function close() {
  if (menu && !menu.hidden) {
    menu.hidden = true;
    if (openFor && openFor.isConnected) { openFor.focus(); }
  }
}

function press(form, action) {
  form.requestSubmit(form.querySelector('button[name=action][value="' + action + '"]'));
}

function run(key) {
  const form = openFor.closest('form.bulk');
  const row = openFor;
  close();
  if (key === 'details') {
    openDrawer(detailsOf(row));
  } else if (key === 'magnet') {
    copyMagnets(row.closest('table').getAttribute('data-target'),
      selectedRows(form).map((r) => r.getAttribute('data-hash')));
  } else if (key === 'label' || key === 'throttle') {
    const input = form.querySelector(key === 'label' ? 'input[name=label]' : 'input[name=throttle_group]');
    input.focus();
    input.select();
  } else if (key.startsWith('priority:')) {
    form.querySelector('select[name=priority]').value = key.substring('priority:'.length);
    press(form, 'priority');
  } else {
    press(form, key);
  }
}

/** Opens the menu at (x, y) for a row; a row outside the selection becomes the selection. */
export function openMenu(row, x, y) {
  if (!menu) { build(); }
  if (!selectedRows(row.closest('form')).includes(row)) { selectOnly(row); }
  openFor = row;
  menu.hidden = false;
  const width = menu.offsetWidth;
  const height = menu.offsetHeight;
  menu.style.left = Math.max(0, Math.min(x, window.innerWidth - width - 4)) + 'px';
  menu.style.top = Math.max(0, Math.min(y, window.innerHeight - height - 4)) + 'px';
  menu.querySelector('[role=menuitem]').focus();
}

document.querySelectorAll('form.bulk table.torrents').forEach((table) => {
  const body = table.tBodies[0];
  body.addEventListener('contextmenu', (e) => {
    const row = e.target.closest('tr.torrent');
    if (!row) { return; }
    e.preventDefault();
    openMenu(row, e.clientX, e.clientY);
  });
  let timer = null;
  body.addEventListener('touchstart', (e) => {
    const row = e.target.closest('tr.torrent');
    if (!row || e.touches.length !== 1) { return; }
    const { clientX, clientY } = e.touches[0];
    timer = setTimeout(() => { timer = null; openMenu(row, clientX, clientY); }, LONG_PRESS_MS);
  }, { passive: true });
  const cancel = () => { if (timer) { clearTimeout(timer); timer = null; } };
  ['touchend', 'touchmove', 'touchcancel'].forEach((type) => body.addEventListener(type, cancel, { passive: true }));
});
