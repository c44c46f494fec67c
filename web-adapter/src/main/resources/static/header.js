// The header's popovers (rates and limits, user menu) are <details>: they open by click, Enter or
// Space without this script. This adds what a menu is expected to do: one open at a time, Escape
// closes it and gives the focus back to its button, a click elsewhere closes it.
const menus = [...document.querySelectorAll('header.site details.popover-menu')];

function close(menu, focus) {
  if (!menu.open) { return; }
  menu.open = false;
  if (focus) { menu.querySelector('summary').focus(); }
}

menus.forEach((menu) => {
  menu.addEventListener('toggle', () => {
    if (!menu.open) { return; }
    menus.filter((m) => m !== menu).forEach((m) => close(m, false));
    const first = menu.querySelector('.popover button, .popover select, .popover a, .popover input');
    if (first && menu.matches(':focus-within')) { first.focus(); }
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.stopPropagation(); close(menu, true); }
  });
});

document.addEventListener('click', (e) => {
  menus.filter((m) => !m.contains(e.target)).forEach((m) => close(m, false));
});
