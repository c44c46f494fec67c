// Enter in the toolbar's "Rename label…" and "Throttle group" fields presses their own button: the
// bulk form's first button is "Set label", which Enter would press otherwise.
document.querySelectorAll('[data-rename-from], [data-rename-to], [data-throttle-group]').forEach((input) => {
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') { return; }
    e.preventDefault();
    const form = input.closest('form');
    form.requestSubmit(form.querySelector(input.hasAttribute('data-throttle-group')
      ? '[data-throttle-submit]' : '[data-rename-submit]'));
  });
});
