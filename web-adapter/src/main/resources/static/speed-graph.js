// The speed graphs (uPlot, served from our own static path): a sparkline of all instances' rates
// in the header (a click opens a larger graph with one instance to choose), and a torrent's graph
// in the details drawer. Data: the server's in-memory history (live/rates), fetched when the live
// stream says rates moved (a `pyro:rates` event on document), or every 2 s when no such event came.
import uPlot from './vendor/uplot/dist/uPlot.esm.js';

const POLL_MS = 2000;
const spark = document.getElementById('speed-spark');
const dialog = document.getElementById('speed-graph');
const choice = document.getElementById('speed-series');
let history = null;
let sparkPlot = null;
let bigPlot = null;
let lastEvent = 0;
let fetching = false;

const UNITS = ['B/s', 'KiB/s', 'MiB/s', 'GiB/s', 'TiB/s'];
export function rate(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) { value /= 1024; unit += 1; }
  return (unit === 0 ? String(Math.round(value)) : value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)) + ' ' + UNITS[unit];
}

function color(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function columns(series) {
  return [series.t, series.down, series.up];
}

/** The x scale is always the whole window ending now, so a quiet minute shows as a gap, not a stretch. */
function xRange(windowSeconds) {
  return () => {
    const now = Date.now() / 1000;
    return [now - windowSeconds, now];
  };
}

/** From a little below zero, so an idle (all-zero) line still shows along the bottom. */
function yRange(u, min, max) {
  const top = Math.max(max || 0, 1024) * 1.1;
  return [-top * 0.06, top];
}

function lines(width) {
  return [
    {},
    { label: 'Download', stroke: color('--started'), width, fill: color('--started') + '33', value: (u, v) => (v == null ? '' : rate(v)) },
    { label: 'Upload', stroke: color('--seeding'), width, value: (u, v) => (v == null ? '' : rate(v)) },
  ];
}

function drawSpark(total) {
  const box = spark.querySelector('.spark');
  if (!sparkPlot) {
    sparkPlot = new uPlot({
      width: box.clientWidth || 132, height: box.clientHeight || 26,
      padding: [2, 1, 1, 1], legend: { show: false }, cursor: { show: false }, select: { show: false },
      axes: [{ show: false }, { show: false }],
      scales: { x: { time: true, range: xRange(history.window) }, y: { range: yRange } },
      series: lines(1.25),
    }, columns(total), box);
  } else {
    sparkPlot.setData(columns(total));
  }
  spark.dataset.points = String(total.t.length);
  const last = total.t.length - 1;
  spark.title = last < 0 ? 'Speed, last 10 minutes'
    : 'Speed, last 10 minutes: \u2193 ' + rate(total.down[last]) + ' \u2191 ' + rate(total.up[last]);
  if (last >= 0) {
    const down = document.querySelector('[data-total=down]');
    const up = document.querySelector('[data-total=up]');
    if (down) { down.textContent = rate(total.down[last]); }
    if (up) { up.textContent = rate(total.up[last]); }
  }
}

function chosen() {
  return history.series.find((s) => s.name === choice.value) || history.series[0];
}

function drawBig() {
  if (!dialog.open) { return; }
  const box = document.getElementById('speed-graph-plot');
  const series = chosen();
  const width = Math.max(280, box.clientWidth || 600);
  if (!bigPlot) {
    bigPlot = new uPlot({
      width, height: Math.round(Math.min(320, width * 0.5)),
      scales: { x: { time: true, range: xRange(history.window) }, y: { range: yRange } },
      axes: [
        { stroke: color('--muted'), grid: { stroke: color('--line') }, ticks: { stroke: color('--line') } },
        { stroke: color('--muted'), grid: { stroke: color('--line') }, ticks: { stroke: color('--line') }, size: 80,
          values: (u, splits) => splits.map((v) => (v < 0 ? "" : rate(v))) },
      ],
      series: lines(2),
    }, columns(series), box);
  } else {
    bigPlot.setData(columns(series));
  }
  box.dataset.points = String(series.t.length);
}

function fillChoice() {
  const names = history.series.map((s) => s.name).join('\n');
  if (choice.dataset.names === names) { return; }
  const keep = choice.value;
  choice.replaceChildren(...history.series.map((s) => {
    const option = document.createElement('option');
    option.value = s.name;
    option.textContent = s.label; // a target's name from the server: text, never markup
    return option;
  }));
  choice.dataset.names = names;
  if (keep) { choice.value = keep; }
  if (!choice.value) { choice.selectedIndex = 0; }
}

function refresh() {
  if (fetching || document.hidden) { return; }
  fetching = true;
  fetch(spark.dataset.rates, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
    .then((data) => {
      history = data;
      spark.hidden = false;
      fillChoice();
      drawSpark(data.series[0]);
      drawBig();
    })
    .catch(() => { /* the next tick tries again; live.js shows a lost session or server */ })
    .finally(() => { fetching = false; });
}

if (spark && dialog && window.fetch) {
  refresh();
  // The live stream's rate updates, when it runs, pace the graph; the timer covers pages without it.
  document.addEventListener('pyro:rates', () => { lastEvent = Date.now(); refresh(); });
  setInterval(() => { if (Date.now() - lastEvent > 2 * POLL_MS) { refresh(); } }, POLL_MS);
  spark.addEventListener('click', () => {
    if (!history) { return; }
    dialog.showModal();
    drawBig();
  });
  choice.addEventListener('change', drawBig);
  dialog.addEventListener('close', () => {
    if (bigPlot) { bigPlot.destroy(); bigPlot = null; }
    spark.focus();
  });
}

// A torrent's graph in the drawer: drawn when the drawer shows one, refreshed while it is there.
function torrentGraph(figure) {
  const box = figure.querySelector('.graph');
  let plot = null;
  const tick = () => {
    if (!figure.isConnected) { clearInterval(timer); if (plot) { plot.destroy(); } return; }
    if (document.hidden) { return; }
    fetch(figure.dataset.torrentRates, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then((series) => {
        if (!figure.isConnected) { return; }
        if (!plot) {
          const width = Math.max(240, box.clientWidth || 300);
          plot = new uPlot({
            width, height: 140,
            scales: { x: { time: true, range: xRange(600) }, y: { range: yRange } },
            axes: [
              { stroke: color('--muted'), grid: { stroke: color('--line') }, ticks: { show: false } },
              { stroke: color('--muted'), grid: { stroke: color('--line') }, ticks: { show: false }, size: 70,
                values: (u, splits) => splits.map((v) => (v < 0 ? "" : rate(v))) },
            ],
            series: lines(1.5),
          }, columns(series), box);
        } else {
          plot.setData(columns(series));
        }
        box.dataset.points = String(series.t.length);
      })
      .catch(() => { /* tried again on the next tick */ });
  };
  const timer = setInterval(tick, POLL_MS);
  tick();
}

const drawer = document.getElementById('drawer');
if (drawer && window.fetch) {
  const drawNew = () => {
    drawer.querySelectorAll('[data-torrent-rates]:not([data-drawn])').forEach((figure) => {
      figure.dataset.drawn = 'true';
      torrentGraph(figure);
    });
  };
  new MutationObserver(drawNew).observe(drawer, { childList: true, subtree: true });
  // The drawer may have been filled before this module ran (it loads later than drawer.js, and a
  // slow load of it lost that race): a graph already there is drawn now.
  drawNew();
}
