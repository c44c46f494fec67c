// Keyboard shortcuts on the list: j/k or the arrows move a cursor row, space selects it, Enter opens
// its details in the drawer, / goes to the search, Delete asks to erase the selection (the server's confirmation
// page), ? lists the shortcuts. Keys typed into a field are the field's, not shortcuts.
import { setSelected } from './selection.js';
import { detailsOf, openDrawer } from './drawer.js';

function rows() { return [...document.querySelectorAll('form.bulk tr.torrent')]; }

function cursor() { return document.querySelector('tr.torrent.cursor'); }

function moveTo(row) {
  const old = cursor();
  if (old) { old.classList.remove('cursor'); old.removeAttribute('tabindex'); }
  row.classList.add('cursor');
  row.setAttribute('tabindex', '-1');
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}

function move(step) {
  const all = rows();
  if (all.length === 0) { return; }
  const at = all.indexOf(cursor());
  const next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.max(0, Math.min(all.length - 1, at + step));
  moveTo(all[next]);
}

function typing(target) {
  return target.closest('input, textarea, select, [contenteditable=true]') !== null;
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
  const dialog = document.getElementById('shortcuts');
  const row = cursor();
  switch (e.key) {
    case 'j': case 'ArrowDown': move(1); break;
    case 'k': case 'ArrowUp': move(-1); break;
    case ' ':
      if (!row) { return; }
      setSelected(row, !row.querySelector('td.select input').checked);
      break;
    case 'Enter':
      if (!row || e.target.closest('a, button')) { return; }
      openDrawer(detailsOf(row));
      break;
    case '/': {
      const search = document.getElementById('search');
      if (!search) { return; }
      search.focus();
      search.select();
      break;
    }
    case 'Delete': {
      const form = row ? row.closest('form.bulk') : document.querySelector('form.bulk');
      if (!form || !form.querySelector('tr.torrent input[name=hash]:checked, input[data-select-matching]:checked')) { return; }
      form.requestSubmit(form.querySelector('button[name=action][value=erase]'));
      break;
    }
    case '?':
      if (!dialog) { return; }
      if (dialog.open) { dialog.close(); } else { dialog.showModal(); }
      break;
    default:
      return;
  }
  e.preventDefault();
});

document.querySelectorAll('[data-shortcuts-open]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => document.getElementById('shortcuts').showModal());
});
