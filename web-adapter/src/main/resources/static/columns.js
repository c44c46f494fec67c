// The column chooser and column widths, kept per browser (localStorage). The server renders every
// column; a table's data-hidden-columns lists the keys CSS hides, so choosing is one attribute.
const HIDDEN = 'pyrotorrent.columns.hidden';
const WIDTHS = 'pyrotorrent.columns.widths';

function load(key, fallback) {
  try { const v = localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); } catch (e) { return fallback; }
}

function save(key, value) {
  try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: this page only */ }
}

function applyHidden(hidden) {
  document.querySelectorAll('table.torrents[data-hidden-columns]').forEach((table) => {
    table.setAttribute('data-hidden-columns', hidden.join(' '));
  });
  document.querySelectorAll('[data-column-chooser] input[data-column]').forEach((box) => {
    box.checked = !hidden.includes(box.getAttribute('data-column'));
  });
}

function applyWidths(widths) {
  document.querySelectorAll('table.torrents th[data-column]').forEach((th) => {
    const width = widths[th.getAttribute('data-column')];
    if (width) { th.style.width = width + 'px'; }
  });
}

const first = document.querySelector('table.torrents[data-hidden-columns]');
if (first) {
  const hidden = load(HIDDEN, first.getAttribute('data-hidden-columns').split(' ').filter(Boolean));
  applyHidden(hidden);
  applyWidths(load(WIDTHS, {}));

  document.querySelectorAll('[data-column-chooser] input[data-column]').forEach((box) => {
    box.addEventListener('change', () => {
      const now = [...box.closest('[data-column-chooser]').querySelectorAll('input[data-column]')]
        .filter((b) => !b.checked)
        .map((b) => b.getAttribute('data-column'));
      save(HIDDEN, now);
      applyHidden(now);
    });
  });

  // Drag a heading's right edge to resize its column; the width is kept like the choice.
  document.querySelectorAll('table.torrents th[data-column] [data-resize]').forEach((handle) => {
    handle.addEventListener('pointerdown', (down) => {
      const th = handle.closest('th');
      const key = th.getAttribute('data-column');
      const start = down.clientX;
      const startWidth = th.getBoundingClientRect().width;
      handle.setPointerCapture(down.pointerId);
      const move = (e) => {
        const width = Math.max(40, Math.round(startWidth + e.clientX - start));
        const widths = load(WIDTHS, {});
        widths[key] = width;
        save(WIDTHS, widths);
        applyWidths(widths);
      };
      const up = () => { handle.removeEventListener('pointermove', move); handle.removeEventListener('pointerup', up); };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      down.preventDefault();
    });
  });
}
