// The header's free space per instance (partials/header-disk.peb): live-stream.js passes on what
// the server says when it changed (pyro:disk); this writes it in place. Only instances the page
// was rendered with are shown: one that became visible appears with the next page load.
const holder = document.getElementById('disk-space');

function update(disk) {
  const chip = holder.querySelector('[data-disk-target="' + CSS.escape(disk.target) + '"]');
  if (!chip) { return; }
  chip.querySelector('.disk-label').textContent = disk.label;
  chip.querySelector('.disk-brief').textContent = disk.brief;
  chip.title = disk.title;
  chip.classList.toggle('disk-low', disk.low);
  chip.classList.toggle('disk-tightest', disk.tightest);
  chip.querySelector('.disk-low-note').hidden = !disk.low;
}

if (holder) {
  document.addEventListener('pyro:disk', (e) => e.detail.disks.forEach(update));
}
