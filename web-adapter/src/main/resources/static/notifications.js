// Desktop notifications (the Notification API) when a torrent finishes or gets an error, from the
// list page's one event stream (live-stream.js's pyro:milestones): no request of its own but one
// small read of a torrent's name when its row is not on screen. Off until the person switches them
// on in the user menu; the browser asks for permission on that click; the choice is kept in this
// browser (localStorage).
const KEY = 'pyro-notifications';
const toggle = document.getElementById('notify-toggle');
const status = document.getElementById('notify-status');
const base = (toggle && toggle.getAttribute('data-base')) || '/';

function supported() { return typeof window.Notification === 'function'; }
function wanted() { return localStorage.getItem(KEY) === 'on'; }
function allowed() { return supported() && window.Notification.permission === 'granted'; }

function show() {
  if (!toggle) { return; }
  const on = wanted() && allowed();
  toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
  toggle.textContent = on ? 'Notifications: on' : 'Notifications: off';
  if (status) {
    status.textContent = !supported() ? 'This browser cannot show notifications.'
      : window.Notification.permission === 'denied' ? 'Blocked in this browser’s site settings.' : '';
    status.hidden = status.textContent === '';
  }
}

async function flip() {
  if (wanted()) {
    localStorage.setItem(KEY, 'off');
  } else if (supported()) {
    const answer = window.Notification.permission === 'granted'
      ? 'granted' : await window.Notification.requestPermission();
    localStorage.setItem(KEY, answer === 'granted' ? 'on' : 'off');
  }
  show();
}

async function nameOf(target, hash) {
  const row = document.querySelector('tr[data-hash="' + CSS.escape(hash) + '"] td.name a');
  if (row) { return row.textContent; }
  try {
    const r = await fetch(base + 'live/target/' + encodeURIComponent(target) + '/torrent/' + encodeURIComponent(hash),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const data = r.ok ? await r.json() : null;
    return (data && data.name) || hash.slice(0, 12);
  } catch (e) {
    return hash.slice(0, 12);
  }
}

async function tell(title, target, hash, body) {
  const name = await nameOf(target, hash);
  // The tag folds repeats of the same news about the same torrent into one notification.
  try {
    new window.Notification(title + ': ' + name, { body: body ? body + ' (' + target + ')' : target, tag: title + hash });
  } catch (e) {
    // Chrome on Android only notifies through a service worker: say so once instead of failing.
    if (status) { status.textContent = 'This browser shows notifications only for installed apps.'; status.hidden = false; }
  }
}

if (toggle) {
  toggle.hidden = false;
  toggle.addEventListener('click', () => { flip(); });
  show();
}
document.addEventListener('pyro:milestones', (e) => {
  if (!wanted() || !allowed()) { return; }
  const d = e.detail;
  d.finished.forEach((hash) => tell('Finished', d.target, hash, ''));
  d.errors.forEach((x) => tell('Error', d.target, x.hash, x.message));
});
