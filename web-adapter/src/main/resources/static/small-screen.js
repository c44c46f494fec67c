// Small screens (<= 480 px, see site.css): the list becomes cards, the sidebar's labels, instances
// and views fold into a "More filters" drawer (status chips stay in sight), and the toolbar's
// actions and the rate limits into an "Actions" menu. This module only adds the two toggles;
// without it everything stays open.
function toggle(button, parts) {
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    parts.forEach((p) => p.classList.toggle('open', open));
  });
}

function button(text, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  return b;
}

const sidebar = document.getElementById('sidebar');
if (sidebar) {
  const folded = [...sidebar.querySelectorAll('#label-filters, #target-links, #views')];
  folded.forEach((p) => p.setAttribute('data-foldable', ''));
  const b = button('More filters', 'fold-toggle filters-toggle');
  b.setAttribute('aria-controls', folded.map((p) => p.id).join(' '));
  sidebar.appendChild(b);
  toggle(b, folded);
}

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
