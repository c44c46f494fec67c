// The rule form's preview as you type: a pause in typing posts the form as "Preview" (nothing is
// saved) and swaps in the answer's preview section, so a rule shows what it would take before it
// is saved. Without scripts the Preview button does the same with a page load.
const form = document.querySelector('form.rss-rule');
const region = document.getElementById('rss-preview');
let timer = 0;
let latest = 0;

async function preview() {
  const asked = ++latest;
  const body = new URLSearchParams(new FormData(form));
  body.set('do', 'preview');
  try {
    const answer = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
    const html = await answer.text();
    if (asked !== latest) { return; }
    const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('rss-preview');
    if (fresh) { region.replaceChildren(...fresh.childNodes); }
  } catch (e) {
    // The network is gone: the button still works once it is back.
  }
}

if (form && region) {
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(preview, 600);
  });
}
