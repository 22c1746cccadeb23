// Faults: the fault and latency rules in force, with what is left of each; a form for every action type.
import {field, fill, h, table} from './dom.js';
import {api, get} from './api.js';
import {confirmed, onSubmit, poll, show} from './ui.js';

// what each action type asks for (the admin API's own names)
const ACTIONS = {
  soapFault: ['code', 'string'],
  guestError: ['code', 'description'],
  delay: ['ms'],
  httpStatus: ['status', 'body'],
  dropConnection: [],
  malformedResponse: [],
};
const LABELS = {soapFault: 'SOAP fault', guestError: 'per-guest error', delay: 'delay (latency)',
  httpStatus: 'HTTP status', dropConnection: 'drop the connection', malformedResponse: 'malformed response'};

export function faultsView(main) {
  const list = h('div', {class: 'table-wrap'});
  const type = h('select', {name: 'type', onchange: showFields},
    Object.keys(ACTIONS).map(t => h('option', {value: t}, LABELS[t])));
  const inputs = {
    code: field('Code', h('input', {name: 'code', placeholder: 'CV10000', autocomplete: 'off'})),
    string: field('Fault string', h('input', {name: 'string', placeholder: 'UNKNOWN_EXCEPTION'})),
    description: field('Description', h('input', {name: 'description'})),
    ms: field('Delay (ms)', h('input', {name: 'ms', type: 'number', min: '0', value: '1000'})),
    status: field('HTTP status', h('input', {name: 'status', type: 'number', min: '100', max: '599', value: '503'})),
    body: field('Body', h('input', {name: 'body'})),
  };
  function showFields() {
    for (const [name, el] of Object.entries(inputs)) el.hidden = !ACTIONS[type.value].includes(name);
  }
  const form = h('form', {class: 'fault-form', 'aria-label': 'Add a fault rule', onsubmit: onSubmit(async data => {
    const match = {};
    for (const k of ['operation', 'eventId', 'guestId', 'messageId']) if (data.get(k)) match[k] = data.get(k);
    const action = {type: type.value};
    for (const k of ACTIONS[type.value]) {
      const v = data.get(k);
      if (v === '' || v === null) continue;
      action[k] = k === 'ms' || k === 'status' ? Number(v) : v;
    }
    const rule = {match, action};
    if (data.get('times')) rule.times = Number(data.get('times'));
    const r = await api('POST', '/faults', rule);
    await load();
    return 'Added fault rule ' + r.json.id + '.';
  })},
    h('fieldset', {}, h('legend', {}, 'When a call matches (empty matches every call)'),
      field('Operation', h('input', {name: 'operation', placeholder: 'UpdateGuestInfo'})),
      field('Event', h('input', {name: 'eventId'})),
      field('Guest', h('input', {name: 'guestId'})),
      field('Message id', h('input', {name: 'messageId'}))),
    h('fieldset', {}, h('legend', {}, 'Then'), field('Action', type), Object.values(inputs),
      field('Times', h('input', {name: 'times', type: 'number', min: '1', placeholder: 'no limit'}))),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Add rule')));
  showFields();
  fill(main, h('h1', {}, 'Fault and latency rules'), list,
    h('p', {}, h('button', {type: 'button', class: 'danger', onclick: confirmed('Remove every fault rule?', async () => {
      await api('DELETE', '/faults');
      await load();
      return 'Removed every fault rule.';
    })}, 'Remove all')),
    h('h2', {}, 'Add a rule'), form);

  async function load() {
    show(list, (await get('/faults')).faults, rules => rules.length ? table(null, ['Rule', 'Match', 'Action', 'Left', ''], rules.map(r => [
      h('span', {class: 'id'}, r.id), describe(r.match) || 'every call', describe(r.action),
      r.remaining === undefined || r.remaining === null ? 'no limit' : String(r.remaining),
      h('button', {type: 'button', 'aria-label': 'Remove rule ' + r.id, onclick: async () => {
        await api('DELETE', '/faults/' + encodeURIComponent(r.id));
        await load();
      }}, 'Remove')]), {class: 'faults'}) : h('p', {}, 'No rules: every call is answered normally.'));
  }
  return poll(load, 2000);
}

function describe(o) {
  return Object.entries(o || {}).map(([k, v]) => k + '=' + v).join(', ');
}
