// Selecting rows as in a file manager: a click selects one row, Ctrl/Cmd-click adds or removes it,
// Shift-click selects the range from the last clicked row. The checkboxes stay the truth (the bulk
// form posts them, and list-scroll.js keeps them across scrolling through their change events), so
// the page works the same without this module. "Select all N that match" is a checkbox the server
// reads: it names the filter, not the rows.

function boxOf(row) { return row.querySelector('td.select input[name=hash]'); }

function rowsOf(table) { return [...table.tBodies[0].querySelectorAll('tr.torrent')]; }

/** Sets a row's checkbox and tells listeners (list-scroll.js keeps the set across windows). */
export function setSelected(row, selected) {
  const box = boxOf(row);
  if (box && box.checked !== selected) {
    box.checked = selected;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

export function selectedRows(form) {
  return [...form.querySelectorAll('tr.torrent')].filter((r) => { const b = boxOf(r); return b && b.checked; });
}

/** Only this row, as a plain click does; used by the context menu and the keyboard too. */
export function selectOnly(row) {
  const table = row.closest('table');
  rowsOf(table).forEach((r) => setSelected(r, r === row));
  table.anchorRow = row;
}

function summary(form) {
  const matching = form.querySelector('input[data-select-matching]');
  const shown = form.querySelector('[data-selected-count]');
  if (!shown) { return; }
  if (matching && matching.checked) {
    const total = form.querySelector('[data-match-total]').textContent;
    shown.textContent = 'All ' + total + ' that match are selected; an action asks to confirm the count.';
    form.classList.add('matching');
    return;
  }
  form.classList.remove('matching');
  const count = selectedRows(form).length;
  shown.textContent = count === 0 ? '' : count + ' selected';
}

function click(table, e) {
  const row = e.target.closest('tr.torrent');
  if (!row || e.target.closest('a, button, select, textarea, input[type=text]')) { return; }
  const onBox = e.target === boxOf(row);
  if (e.shiftKey && table.anchorRow && table.anchorRow.isConnected) {
    if (!onBox) { e.preventDefault(); }
    const rows = rowsOf(table);
    const [a, b] = [rows.indexOf(table.anchorRow), rows.indexOf(row)].sort((x, y) => x - y);
    rows.forEach((r, i) => {
      if (i >= a && i <= b) { setSelected(r, true); } else if (!(e.ctrlKey || e.metaKey)) { setSelected(r, false); }
    });
    window.getSelection().removeAllRanges();
    return;
  }
  table.anchorRow = row;
  if (onBox) { return; }
  if (e.ctrlKey || e.metaKey || e.target.closest('td.select')) {
    setSelected(row, !boxOf(row).checked);
  } else {
    selectOnly(row);
  }
}

document.querySelectorAll('form.bulk').forEach((form) => {
  const table = form.querySelector('table.torrents');
  const matching = form.querySelector('input[data-select-matching]');
  if (table) { table.tBodies[0].addEventListener('click', (e) => click(table, e)); }
  form.addEventListener('change', (e) => {
    if (e.target === matching && matching.checked) {
      form.querySelectorAll('tr.torrent').forEach((r) => setSelected(r, true));
    } else if (matching && e.target.name === 'hash' && !e.target.checked) {
      matching.checked = false;
    }
    summary(form);
  });
  summary(form);
});
