// Small screens (<= 480 px, see site.css): the list becomes cards, the sidebar (search, status,
// label and tracker filters, instances, views) becomes an off-canvas drawer behind a "Filters"
// button in the list's head, and the toolbar's actions and the rate limits fold into an "Actions"
// menu. Without this module the sidebar stays on the page above the list and nothing folds.
const PHONE = window.matchMedia('(max-width: 480px)');

function button(text, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  return b;
}

/**
 * The filters drawer. Open, it takes the focus, and the rest of the page is inert (no tab stop,
 * nothing for a screen reader behind it); a choice, Escape or a tap outside closes it and gives
 * the focus back to the button.
 */
function filtersDrawer(sidebar) {
  const head = document.querySelector('.page-head');
  if (!head) { return; }
  const open = button('Filters', 'fold-toggle filters-toggle');
  open.setAttribute('aria-controls', sidebar.id);
  open.setAttribute('aria-expanded', 'false');
  head.prepend(open);
  const close = button('Close', 'filters-close');
  close.setAttribute('aria-label', 'Close filters');
  close.setAttribute('data-filters-close', '');
  sidebar.prepend(close);
  const backdrop = document.createElement('div');
  backdrop.className = 'filters-backdrop';
  backdrop.hidden = true;
  sidebar.after(backdrop);
  const behind = () => [document.querySelector('header.site'), document.querySelector('.content'),
    document.getElementById('drawer')].filter(Boolean);
  document.documentElement.setAttribute('data-filters-drawer', '');

  function isOpen() { return sidebar.classList.contains('drawer-open'); }

  function show() {
    sidebar.classList.add('drawer-open');
    backdrop.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    behind().forEach((el) => { el.inert = true; });
    (sidebar.querySelector('a.filter.current') || close).focus();
  }

  function hide(returnFocus) {
    if (!isOpen()) { return; }
    sidebar.classList.remove('drawer-open');
    backdrop.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    behind().forEach((el) => { el.inert = false; });
    if (returnFocus) { open.focus(); }
  }

  open.addEventListener('click', () => { if (isOpen()) { hide(true); } else { show(); } });
  close.addEventListener('click', () => hide(true));
  backdrop.addEventListener('click', () => hide(true));
  sidebar.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && isOpen()) { e.preventDefault(); e.stopPropagation(); hide(true); }
  });
  // A choice (a filter link, a view, the search form) loads the list it names: the drawer goes.
  sidebar.addEventListener('click', (e) => { if (e.target.closest('a[href]')) { hide(false); } });
  sidebar.addEventListener('submit', () => hide(false));
  PHONE.addEventListener('change', () => { if (!PHONE.matches) { hide(false); } });
}

function toggle(button, parts) {
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    parts.forEach((p) => p.classList.toggle('open', open));
  });
}

const sidebar = document.getElementById('sidebar');
if (sidebar) { filtersDrawer(sidebar); }

document.querySelectorAll('form.bulk .toolbar').forEach((toolbar, i) => {
  const section = toolbar.closest('section.target');
  const limits = section ? section.querySelector('form.limits') : null;
  const folded = [...toolbar.children, ...(limits ? [limits] : [])];
  folded.forEach((p) => p.setAttribute('data-foldable', ''));
  const b = button('Actions', 'fold-toggle actions-toggle');
  toolbar.id = toolbar.id || 'toolbar-' + i;
  b.setAttribute('aria-controls', toolbar.id);
  toolbar.prepend(b);
  toggle(b, folded);
});
