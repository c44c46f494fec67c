// The bandwidth schedule's grid: press on an hour and drag to paint the chosen profile (the
// "brush" radio) over every hour passed; the hidden "cells" field, 168 characters, is what the
// form sends. Without JavaScript the grid shows the schedule and the profiles still save.
const form = document.querySelector('[data-schedule]');
if (form) {
  const cellsField = form.querySelector('[data-cells]');
  const cells = cellsField.value.split('');
  let painting = false;

  const brush = () => form.querySelector('input[name="brush"]:checked')?.value ?? '-';

  const paint = (td) => {
    const hour = Number(td.dataset.hour);
    const value = brush();
    cells[hour] = value;
    td.className = 'hour cell-' + (value === '-' ? '-1' : value);
    cellsField.value = cells.join('');
  };

  const hourAt = (event) => {
    const target = document.elementFromPoint(event.clientX, event.clientY);
    return target && target.matches && target.matches('td.hour') ? target : null;
  };

  form.addEventListener('pointerdown', (event) => {
    const td = event.target.closest('td.hour');
    if (!td) return;
    event.preventDefault();
    painting = true;
    paint(td);
  });
  form.addEventListener('pointermove', (event) => {
    if (!painting) return;
    const td = hourAt(event);
    if (td) paint(td);
  });
  window.addEventListener('pointerup', () => { painting = false; });
  window.addEventListener('pointercancel', () => { painting = false; });
}
