// Server: version, uptime, calls per operation with a per-second chart of the last minute, the settings in effect,
// and reset (with a confirmation).
import {facts, fill, h, table} from './dom.js';
import {api, get} from './api.js';
import {confirmed, poll} from './ui.js';

const SVG = 'http://www.w3.org/2000/svg';
const OUTCOMES = ['ok', 'guest-error', 'denied', 'fault', 'http-error'];

export function serverView(main) {
  const health = h('div', {});
  const chart = h('figure', {class: 'chart'});
  const counters = h('div', {class: 'table-wrap'});
  const settings = h('div', {class: 'table-wrap'});
  fill(main, h('h1', {}, 'Server'), health, h('h2', {}, 'Calls per second, last minute'), chart,
    h('h2', {}, 'Calls per operation since start or reset'), counters,
    h('h2', {}, 'Settings'), settings,
    h('h2', {}, 'Reset'),
    h('p', {}, 'Back to the start-up state: guests, events, sessions, accounts and lockouts, quota counts, booking orders, '
      + 'the journal, the counters and the fault rules; fixtures are loaded again.'),
    h('button', {type: 'button', class: 'danger', onclick: confirmed('Reset the emulator to its start-up state? '
      + 'Everything stored since start is lost.', async () => {
      await api('POST', '/reset');
      await load();
      return 'Reset to the start-up state.';
    })}, 'Reset the emulator'));

  get('/settings').then(s => fill(settings, facts(Object.entries(s).map(([k, v]) =>
    ['--' + k, v === null ? '—' : Array.isArray(v) ? v.join(', ') : String(v)])))).catch(() => {});

  async function load() {
    const [hl, stats] = await Promise.all([get('/health'), get('/stats')]);
    fill(health, facts([['Version', hl.version], ['Uptime', uptime(hl.uptimeMs)], ['Status', hl.status],
      ['Stored', Object.entries(hl.capacity).filter(([, c]) => 'max' in c).map(([k, c]) => k + ' ' + c.used + '/' + c.max).join(', ')]]));
    drawChart(chart, stats.perSecond);
    const ops = Object.entries(stats.byOperation);
    fill(counters, ops.length ? table(null, ['Operation', 'Calls', ...OUTCOMES], ops.map(([op, c]) =>
      [op, String(c.calls), ...OUTCOMES.map(o => String(c[o] || 0))]), {class: 'counters'}) : h('p', {}, 'No calls yet.'));
  }
  return poll(load, 1000);
}

function uptime(ms) {
  const s = Math.floor(ms / 1000);
  return Math.floor(s / 3600) + ' h ' + Math.floor(s % 3600 / 60) + ' min ' + s % 60 + ' s';
}

/** Bars drawn as SVG elements (no library, no inline script): one per second, oldest on the left. */
function drawChart(figure, counts) {
  const width = 600;
  const height = 120;
  const max = Math.max(1, ...counts);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (height + 16));
  svg.setAttribute('role', 'img');
  const total = counts.reduce((a, b) => a + b, 0);
  svg.setAttribute('aria-label', total + ' calls in the last ' + counts.length + ' seconds, at most ' + max + ' in one second');
  const bar = width / counts.length;
  counts.forEach((n, i) => {
    const r = document.createElementNS(SVG, 'rect');
    const bh = n / max * height;
    r.setAttribute('x', String(i * bar + 1));
    r.setAttribute('y', String(height - bh));
    r.setAttribute('width', String(Math.max(1, bar - 2)));
    r.setAttribute('height', String(bh));
    r.setAttribute('class', 'bar');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = n + ' calls, ' + (counts.length - i) + ' s ago';
    r.appendChild(title);
    svg.appendChild(r);
  });
  const label = document.createElementNS(SVG, 'text');
  label.setAttribute('x', '0');
  label.setAttribute('y', String(height + 14));
  label.setAttribute('class', 'axis');
  label.textContent = 'max ' + max + '/s';
  svg.appendChild(label);
  fill(figure, svg, h('figcaption', {}, total + ' calls in the last minute'));
}
