// "Copy magnet link" for the context menu's selection and the drawer's torrent: the links (with
// trackers) come from live/target/<t>/magnets in one round trip. The Clipboard API exists only in a
// secure context (https, or http on localhost), so a seedbox on plain http gets a box with the links
// selected instead, ready for Ctrl+C; so does a browser that refuses the write.
let dialog = null;

function base() {
  const table = document.querySelector('table.torrents[data-base]');
  return table ? table.getAttribute('data-base') : '/';
}

function build() {
  dialog = document.createElement('dialog');
  dialog.className = 'magnet-links';
  dialog.id = 'magnet-links';
  dialog.setAttribute('aria-labelledby', 'magnet-links-title');
  const title = document.createElement('h2');
  title.id = 'magnet-links-title';
  const hint = document.createElement('p');
  hint.className = 'muted';
  hint.setAttribute('data-magnet-hint', '');
  const box = document.createElement('textarea');
  box.readOnly = true;
  box.rows = 6;
  box.setAttribute('aria-labelledby', 'magnet-links-title');
  box.setAttribute('data-magnet-text', '');
  const form = document.createElement('form');
  form.method = 'dialog';
  const close = document.createElement('button');
  close.type = 'submit';
  close.textContent = 'Close';
  form.appendChild(close);
  dialog.append(title, hint, box, form);
  document.body.appendChild(dialog);
}

function show(titleText, hintText, text) {
  if (!dialog) { build(); }
  dialog.querySelector('h2').textContent = titleText;
  dialog.querySelector('[data-magnet-hint]').textContent = hintText;
  const box = dialog.querySelector('[data-magnet-text]');
  box.value = text;
  if (!dialog.open) { dialog.showModal(); }
  box.focus();
  box.select();
}

function links(count) { return count === 1 ? 'magnet link' : count + ' magnet links'; }

/** Copies the magnet links of these torrents of one target, one a line; tells the user either way. */
export function copyMagnets(target, hashes) {
  if (!hashes.length) { return Promise.resolve(); }
  const query = hashes.map((h) => 'hash=' + encodeURIComponent(h)).join('&');
  return fetch(base() + 'live/target/' + encodeURIComponent(target) + '/magnets?' + query,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => r.json().then((body) => {
      if (!r.ok) { throw new Error(body.error || r.statusText); }
      return body.magnets.map((m) => m.magnet).join('\n');
    }))
    .then((text) => {
      const fallback = () => show('Copy ' + links(hashes.length),
        'This page cannot use the clipboard (it needs https or localhost): copy the selected text.', text);
      if (!navigator.clipboard || !window.isSecureContext) { fallback(); return; }
      return navigator.clipboard.writeText(text)
        .then(() => show('Copied ' + links(hashes.length), 'Now on the clipboard:', text))
        .catch(fallback);
    })
    .catch((e) => show('Could not copy the magnet links', e.message, ''));
}

document.addEventListener('click', (e) => {
  const button = e.target.closest('[data-copy-magnet]');
  if (!button) { return; }
  const panel = button.closest('[data-hash][data-target]');
  copyMagnets(panel.getAttribute('data-target'), [panel.getAttribute('data-hash')]);
});
