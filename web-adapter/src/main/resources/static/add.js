// Adding torrents from the overview: the "Add torrents" dialog, .torrent files dropped anywhere on the
// page, a magnet or URL pasted anywhere outside a field. Dropping and pasting open the dialog filled in
// rather than adding at once (as Flood and qBittorrent do), so the instance, label, directory and start
// are still the user's choice. It posts to the REST add endpoint, which answers one result per torrent.
const dialog = document.getElementById('add-dialog');

const pending = [];

function $(id) { return document.getElementById(id); }

function typing(target) {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable=true]') !== null;
}

function showError(text) {
  const error = $('add-dialog-error');
  error.textContent = text;
  error.hidden = text === '';
}

function renderPending() {
  const list = $('add-dialog-chosen');
  list.replaceChildren(...pending.map((file, index) => {
    const item = document.createElement('li');
    const name = document.createElement('bdi');
    name.textContent = file.name;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', 'Remove ' + file.name);
    remove.addEventListener('click', () => { pending.splice(index, 1); renderPending(); });
    item.append(name, ' ', remove);
    return item;
  }));
}

function open() {
  if (!dialog.open) {
    $('add-dialog-results').replaceChildren();
    showError('');
    dialog.showModal();
  }
}

function addFiles(files) {
  pending.push(...files);
  renderPending();
  open();
}

function addLinks(lines) {
  const links = $('add-dialog-links');
  const known = links.value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  links.value = [...known, ...lines.filter((l) => !known.includes(l))].join('\n');
  open();
}

/** The lines of pasted text that are magnet links or http(s) URLs; anything else is not ours. */
function linksIn(text) {
  return text.split(/\s+/).map((l) => l.trim()).filter((l) => /^(magnet:\?|https?:\/\/)/i.test(l));
}

function result(entry) {
  const item = document.createElement('li');
  item.className = entry.added ? 'added' : 'refused';
  const source = document.createElement('bdi');
  source.textContent = entry.source;
  item.append(entry.added ? 'Added: ' : 'Refused: ', source);
  if (!entry.added) { item.append(' — ' + entry.reason); }
  return item;
}

async function submit() {
  const form = $('add-dialog-form');
  const links = $('add-dialog-links').value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (pending.length === 0 && links.length === 0) {
    showError('Nothing to add: choose .torrent files, or give a magnet link or a URL.');
    return;
  }
  const body = new FormData();
  pending.forEach((file) => body.append('torrent', file, file.name));
  links.forEach((link) => body.append(/^magnet:/i.test(link) ? 'magnet' : 'url', link));
  body.append('start', form.elements.start.checked ? 'true' : 'false');
  body.append('label', form.elements.label.value);
  body.append('directory', form.elements.directory.value);
  const target = form.elements.target.value;
  const token = document.querySelector('meta[name=csrf-token]');
  const button = $('add-dialog-submit');
  button.disabled = true;
  showError('');
  try {
    const reply = await fetch(dialog.dataset.base + 'api/v1/targets/' + encodeURIComponent(target) + '/torrents', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: token ? { 'X-CSRF-Token': token.content } : {},
    });
    const json = await reply.json().catch(() => ({}));
    if (!reply.ok) {
      showError('Not added: ' + (json.error ? json.error.message : 'the server answered ' + reply.status));
      return;
    }
    $('add-dialog-results').replaceChildren(...json.results.map(result));
    pending.length = 0;
    renderPending();
    $('add-dialog-links').value = '';
    $('add-dialog-files').value = '';
  } catch (e) {
    showError('Not added: the server could not be reached.');
  } finally {
    button.disabled = false;
  }
}

if (dialog) {
  const opener = document.querySelector('[data-add-open]');
  opener.hidden = false;
  opener.addEventListener('click', open);
  dialog.querySelector('[data-add-close]').addEventListener('click', () => dialog.close());
  $('add-dialog-files').addEventListener('change', (e) => {
    pending.push(...e.target.files);
    e.target.value = '';
    renderPending();
  });
  $('add-dialog-form').addEventListener('submit', (e) => { e.preventDefault(); submit(); });

  // The open dialog sits in the top layer, above any overlay: then the dialog itself shows the drop.
  const overlay = document.getElementById('drop-overlay');
  const carriesFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  const showDrop = (on) => {
    overlay.hidden = !on || dialog.open;
    dialog.classList.toggle('drop-target', on && dialog.open);
  };
  document.addEventListener('dragenter', (e) => { if (carriesFiles(e)) { showDrop(true); } });
  document.addEventListener('dragover', (e) => {
    if (carriesFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; showDrop(true); }
  });
  // Leaving the window has no related target; moving between elements inside it has one.
  document.addEventListener('dragleave', (e) => { if (e.relatedTarget === null) { showDrop(false); } });
  document.addEventListener('drop', (e) => {
    showDrop(false);
    if (!carriesFiles(e) || e.dataTransfer.files.length === 0) { return; }
    e.preventDefault();
    addFiles([...e.dataTransfer.files]);
  });

  document.addEventListener('paste', (e) => {
    if (typing(e.target) || !e.clipboardData) { return; }
    const files = [...e.clipboardData.files].filter((f) => /\.torrent$/i.test(f.name));
    const links = linksIn(e.clipboardData.getData('text'));
    if (files.length === 0 && links.length === 0) { return; }
    e.preventDefault();
    if (files.length > 0) { addFiles(files); }
    if (links.length > 0) { addLinks(links); }
  });
}
