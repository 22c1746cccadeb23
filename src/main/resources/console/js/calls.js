// Calls: the journal, newest first, refreshed every second while the first page is shown; one call in full.
import {facts, field, fill, formatTime, h, route, table} from './dom.js';
import {api, get, query} from './api.js';
import {body, curl} from './format.js';
import {pager, poll, say, show} from './ui.js';

const PAGE = 50;
const OUTCOMES = [['', 'any'], ['ok', 'ok'], ['guest-error', 'per-guest error'], ['denied', 'login denied'],
  ['fault', 'SOAP fault'], ['http-error', 'HTTP error']];
const PROTOCOLS = [['', 'any'], ['SOAP', 'SOAP (1.1 and 1.2)'], ['SOAP 1.1', 'SOAP 1.1'], ['SOAP 1.2', 'SOAP 1.2'],
  ['REST', 'REST (XS2event)'], ['HTTP', 'other HTTP']];

// the filters outlive a visit to one call, so that "back" finds the list as it was left
const state = {operation: '', outcome: '', eventId: '', guestId: '', protocol: '', offset: 0, live: true};

export function callsView(main) {
  const select = (name, options) => h('select', {name, onchange: changed},
    options.map(([v, text]) => h('option', {value: v, selected: state[name] === v}, text)));
  const text = (name, placeholder) => h('input', {name, value: state[name], placeholder, type: 'search', oninput: changed});
  const operations = h('datalist', {id: 'operations'});
  const operation = h('input', {name: 'operation', value: state.operation, list: 'operations', type: 'search',
    placeholder: 'e.g. UpdateGuestInfo', oninput: changed});
  const live = h('input', {type: 'checkbox', name: 'live', checked: state.live, onchange: changed});
  const summary = h('p', {class: 'summary', 'aria-live': 'polite'});
  const rows = h('div', {class: 'table-wrap'});
  const pages = h('div', {class: 'pager'});
  let stale = true; // the filters or the page changed: fetched at the next poll even when not live

  fill(main,
    h('h1', {}, 'Calls'),
    h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter calls', onsubmit: e => e.preventDefault()},
      field('Operation', operation), operations,
      field('Outcome', select('outcome', OUTCOMES)),
      field('Event', text('eventId', 'event id')),
      field('Guest', text('guestId', 'guest id')),
      field('Protocol', select('protocol', PROTOCOLS)),
      h('label', {class: 'check'}, live, ' Live')),
    summary, rows, pages);

  get('/stats').then(stats => fill(operations, Object.keys(stats.byOperation).map(op => h('option', {value: op}))))
    .catch(() => {});

  function changed(event) {
    const el = event.target;
    state[el.name] = el.type === 'checkbox' ? el.checked : el.value.trim();
    if (el.name !== 'live') state.offset = 0;
    stale = true;
    refresh();
  }

  async function refresh() {
    stale = false;
    const {operation, outcome, eventId, guestId, protocol, offset} = state;
    const answer = await api('GET', '/requests' + query({operation, outcome, eventId, guestId, protocol, offset,
      limit: PAGE, bodies: 'false'}));
    const calls = answer.json.requests;
    const filtered = Boolean(operation || outcome || eventId || guestId || protocol);
    // what did not change is left alone in the page
    show(summary, {enabled: answer.json.enabled, total: answer.total, offset, shown: calls.length, filtered}, s =>
      !s.enabled ? 'The journal is off (--journal false): calls are counted on the Server page but not kept.'
        : s.total === 0 ? 'No calls recorded yet' + (s.filtered ? ' that match.' : '.')
          : 'Calls ' + (s.offset + 1) + '–' + (s.offset + s.shown) + ' of ' + s.total + ', newest first.');
    show(rows, calls, list => list.length ? callTable(list) : null);
    show(pages, {total: answer.total, offset}, p => pager(p.total, p.offset, PAGE,
      to => { state.offset = to; stale = true; refresh(); }, ['Newer', 'Older']));
  }

  // live: the first page follows new calls; older pages hold still so that they can be read
  return poll(() => (state.live && state.offset === 0) || stale ? refresh() : null, 1000);
}

export function callTable(calls) {
  return table(null, ['Time (UTC)', 'Protocol', 'Operation', 'Event', 'Guests', 'Status', 'Outcome', 'Result', 'ms'],
    calls.map(c => [
      h('a', {href: route('calls', String(c.id)), 'aria-label': 'Call ' + c.id + ': ' + (c.operation || '')}, formatTime(c.time)),
      c.protocol, c.operation || '', c.eventId || '', c.guestIds.length ? c.guestIds.join(', ') : '',
      String(c.response.status), badge(c.outcome), h('span', {class: 'result'}, c.result || ''), String(c.durationMs)]),
    {class: 'calls'});
}

export function badge(outcome) {
  return h('span', {class: 'badge ' + outcome}, outcome);
}

export async function callView(main, id) {
  const c = await get('/requests/' + encodeURIComponent(id));
  const origin = location.origin;
  const command = curl(c, origin);
  const curlText = h('pre', {class: 'curl', tabindex: '0'}, command);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      say('Copied the curl command.');
    } catch (e) { // no clipboard (a page not on localhost or HTTPS): select the text for Ctrl+C instead
      getSelection().selectAllChildren(curlText);
      say('Selected the curl command: press Ctrl+C to copy it.');
    }
  };
  const contentType = headers => {
    for (const [k, v] of Object.entries(headers || {})) if (k.toLowerCase() === 'content-type') return v[0];
    return '';
  };
  fill(main,
    h('p', {}, h('a', {href: '#/calls'}, '← Calls')),
    h('h1', {}, 'Call ' + c.id + ': ' + (c.operation || c.method + ' ' + c.path)),
    facts([
      ['Time (UTC)', formatTime(c.time)], ['Request', c.method + ' ' + c.path], ['Protocol', c.protocol],
      ['Client', c.clientAddress], ['Event', c.eventId ? h('a', {href: route('cvent', c.eventId)}, c.eventId) : '—'],
      ['Guests', c.guestIds.length ? c.guestIds.flatMap((g, i) => [i ? ', ' : null,
        c.eventId ? h('a', {href: route('cvent', c.eventId, g), class: 'id'}, g) : g]) : '—'],
      ['Outcome', [badge(c.outcome), ' ', c.result || '']], ['Status', String(c.response.status)],
      ['Duration', c.durationMs + ' ms']]),
    h('section', {'aria-labelledby': 'req'}, h('h2', {id: 'req'}, 'Request'), headerTable(c.request.headers),
      body(c.request.body, contentType(c.request.headers))),
    h('section', {'aria-labelledby': 'res'}, h('h2', {id: 'res'}, 'Response ' + c.response.status),
      headerTable(c.response.headers), body(c.response.body, contentType(c.response.headers))),
    h('section', {'aria-labelledby': 'curl'}, h('h2', {id: 'curl'}, 'As curl'),
      h('button', {type: 'button', onclick: copy}, 'Copy as curl'), curlText));
}

function headerTable(headers) {
  const rows = [];
  for (const [name, values] of Object.entries(headers || {})) for (const v of values) rows.push([name, v]);
  return table(null, ['Header', 'Value'], rows, {class: 'headers'});
}
