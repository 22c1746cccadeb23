// Cvent: events with their guest counts; an event's guests, searchable and sortable; a guest in full, the calls that
// touched it, and a form that seeds or edits a guest through the admin API (PUT), as a test's setup would.
import {facts, field, fill, formatTime, h, route, table} from './dom.js';
import {api, get, query} from './api.js';
import {callTable} from './calls.js';
import {confirmed, onSubmit, pager, poll, show} from './ui.js';

const PAGE = 100;
const COLUMNS = [['Id', 'Id'], ['FirstName', 'First name'], ['LastName', 'Last name'], ['Email', 'E-mail'],
  ['GuestConfirmationNumber', 'Confirmation number'], ['LastModifiedDate', 'Modified (UTC)']];
// a new guest's form starts with these; the form offers the rest of the attributes the admin API lists
const COMMON = ['FirstName', 'LastName', 'Email', 'Company', 'Title', 'Phone'];
let attributes = null; // [{name, type, serverManaged}], asked once

/** The attributes a client sets: all but those the emulator keeps itself and the event's id (the URL's). */
async function settable() {
  attributes = attributes || get('/cvent/guest-attributes');
  return (await attributes).filter(a => !a.serverManaged && a.name !== 'EventID').map(a => a.name);
}

export async function eventsView(main) {
  let offset = 0;
  const list = h('div', {class: 'table-wrap'});
  const pages = h('div', {class: 'pager'});
  fill(main, h('h1', {}, 'Cvent events'), list, pages,
    h('h2', {}, 'Seed a guest'), guestForm(null, null, true));
  async function load() {
    const answer = await api('GET', '/cvent/events' + query({offset, limit: PAGE}));
    show(list, answer.json, events => events.length ? table('Events with their guest counts', ['Event', 'Title', 'Code', 'Guests'],
      events.map(e => [h('a', {href: route('cvent', e.EventId), class: 'id'}, e.EventId), e.EventTitle || '',
        e.EventCode || '', String(e.guestCount)])) : h('p', {}, 'No events yet: seed a guest below, or call UpdateGuestInfo.'));
    show(pages, {total: answer.total, offset}, () => pager(answer.total, offset, PAGE, to => { offset = to; load(); }));
  }
  return poll(load, 3000);
}

export async function eventView(main, eventId) {
  const event = await get('/cvent/events/' + encodeURIComponent(eventId));
  const state = {q: '', sort: 'Id', offset: 0};
  const list = h('div', {class: 'table-wrap'});
  const summary = h('p', {class: 'summary', 'aria-live': 'polite'});
  const pages = h('div', {class: 'pager'});
  const search = h('input', {type: 'search', name: 'q', placeholder: 'name, e-mail, confirmation number or id',
    oninput: () => { state.q = search.value; state.offset = 0; load(); }});
  const attributes = Object.entries(event).filter(([k, v]) => k !== 'Id' && k !== 'guestCount'
    && !(Array.isArray(v) && v.length === 0));
  fill(main,
    h('p', {}, h('a', {href: '#/cvent'}, '← Events')),
    h('h1', {}, 'Event ', h('span', {class: 'id'}, eventId)),
    facts([['Guests', String(event.guestCount)], ...attributes.map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)])]),
    h('h2', {}, 'Guests'),
    h('form', {role: 'search', 'aria-label': 'Search guests', class: 'filters', onsubmit: e => e.preventDefault()},
      field('Search', search)),
    summary, list, pages,
    h('h2', {}, 'Seed a guest in this event'), guestForm(eventId, null, true),
    h('h2', {}, 'Delete'),
    h('button', {type: 'button', class: 'danger', onclick: confirmed('Delete event ' + eventId + ' and all its guests?',
      async () => {
        const r = await api('DELETE', '/cvent/events/' + encodeURIComponent(eventId));
        location.hash = '#/cvent';
        return 'Deleted event ' + eventId + ' (' + r.json.deletedGuests + ' guests).';
      })}, 'Delete this event'));

  function header([name, label]) {
    const active = state.sort.replace(/^-/, '') === name;
    const descending = active && state.sort.startsWith('-');
    return h('th', {scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none'},
      h('button', {type: 'button', class: 'sort', onclick: () => {
        state.sort = active && !descending ? '-' + name : name;
        state.offset = 0;
        load();
      }}, label, active ? (descending ? ' ▼' : ' ▲') : ''));
  }

  async function load() {
    const answer = await api('GET', '/cvent/events/' + encodeURIComponent(eventId) + '/guests'
      + query({q: state.q.trim(), sort: state.sort, offset: state.offset, limit: PAGE}));
    const guests = answer.json;
    fill(summary, answer.total === 0 ? 'No guests' + (state.q ? ' match.' : ' yet.')
      : 'Guests ' + (state.offset + 1) + '–' + (state.offset + guests.length) + ' of ' + answer.total + '.');
    fill(list, guests.length ? table(null, COLUMNS.map(header), guests.map(g => COLUMNS.map(([name]) =>
      name === 'Id' ? h('a', {href: route('cvent', eventId, g.Id), class: 'id'}, g.Id)
        : name === 'LastModifiedDate' ? formatTime(g[name]) : g[name] === undefined ? '' : String(g[name]))),
    {class: 'guests'}) : null);
    fill(pages, pager(answer.total, state.offset, PAGE, to => { state.offset = to; load(); }));
  }
  await load();
}

export async function guestView(main, eventId, guestId) {
  const path = '/cvent/events/' + encodeURIComponent(eventId) + '/guests/' + encodeURIComponent(guestId);
  const guest = await get(path);
  const calls = h('div', {class: 'table-wrap'});
  const custom = guest.CustomFieldDetail || [];
  fill(main,
    h('p', {}, h('a', {href: route('cvent', eventId)}, '← Event ' + eventId)),
    h('h1', {}, 'Guest ', h('span', {class: 'id'}, guestId)),
    facts(Object.entries(guest).filter(([k]) => k !== 'CustomFieldDetail').map(([k, v]) => [k, String(v)])),
    h('h2', {}, 'Custom fields'),
    custom.length ? table(null, ['FieldId', 'FieldName', 'FieldType', 'FieldValue'],
      custom.map(f => [f.FieldId || '', f.FieldName || '', f.FieldType || '', f.FieldValue || ''])) : h('p', {}, 'None.'),
    h('h2', {}, 'Calls that named this guest'), calls,
    h('h2', {}, 'Edit'), guestForm(eventId, guest, false),
    h('h2', {}, 'Delete'),
    h('button', {type: 'button', class: 'danger', onclick: confirmed('Delete guest ' + guestId + '?', async () => {
      await api('DELETE', path);
      location.hash = route('cvent', eventId);
      return 'Deleted guest ' + guestId + '.';
    })}, 'Delete this guest'));
  return poll(async () => {
    const answer = await api('GET', '/requests' + query({guestId, limit: 50, bodies: 'false'}));
    show(calls, answer.json.requests, list => list.length ? callTable(list) : h('p', {}, 'No call in the journal names it.'));
  }, 2000);
}

/**
 * A guest's attributes as inputs (every one it has, or the common ones for a new guest), rows to add an attribute
 * or a custom field, and a submit that PUTs the guest: what is left empty is not sent.
 */
function guestForm(eventId, guest, isNew) {
  const rows = h('tbody', {});
  const customRows = h('tbody', {});
  const list = h('datalist', {id: 'guest-attributes'});
  settable().then(names => {
    fill(list, names.map(n => h('option', {value: n})));
    if (guest) { // only what a client could have sent comes back as inputs
      for (const row of [...rows.children]) if (!names.includes(row.querySelector('input').value)) row.remove();
    }
  }).catch(() => {});
  const names = guest ? Object.keys(guest).filter(k => k !== 'Id' && k !== 'CustomFieldDetail') : COMMON;
  const attribute = (name, value) => h('tr', {},
    h('td', {}, h('input', {name: 'attr-name', value: name, autocomplete: 'off', 'aria-label': 'Attribute name',
      list: 'guest-attributes'})),
    h('td', {}, h('input', {name: 'attr-value', value: value === undefined ? '' : String(value),
      'aria-label': name ? 'Value of ' + name : 'Attribute value', 'data-attribute': name})));
  const customField = f => h('tr', {},
    h('td', {}, h('input', {name: 'cf-id', value: f.FieldId || '', 'aria-label': 'FieldId'})),
    h('td', {}, h('input', {name: 'cf-name', value: f.FieldName || '', 'aria-label': 'FieldName'})),
    h('td', {}, h('input', {name: 'cf-value', value: f.FieldValue || '', 'aria-label': 'FieldValue'}),
      h('input', {type: 'hidden', name: 'cf-type', value: f.FieldType || ''})));
  for (const n of names) rows.appendChild(attribute(n, guest ? guest[n] : ''));
  for (const f of (guest && guest.CustomFieldDetail) || []) customRows.appendChild(customField(f));
  return h('form', {class: 'guest-form', 'aria-label': isNew ? 'Seed a guest' : 'Edit guest', onsubmit: onSubmit(async (data, form) => {
    const event = eventId || String(data.get('eventId')).trim();
    const id = guest ? guest.Id : String(data.get('guestId')).trim();
    const body = {};
    const attrNames = data.getAll('attr-name');
    const attrValues = data.getAll('attr-value');
    attrNames.forEach((n, i) => { if (n.trim() && attrValues[i] !== '') body[n.trim()] = attrValues[i]; });
    const ids = data.getAll('cf-id');
    const fieldNames = data.getAll('cf-name');
    const values = data.getAll('cf-value');
    const types = data.getAll('cf-type');
    const fields = [];
    ids.forEach((fid, i) => {
      if (!fid && !fieldNames[i]) return;
      const f = {};
      if (fid) f.FieldId = fid;
      if (fieldNames[i]) f.FieldName = fieldNames[i];
      if (types[i]) f.FieldType = types[i];
      if (values[i]) f.FieldValue = values[i];
      fields.push(f);
    });
    body.CustomFieldDetail = fields;
    const r = await api('PUT', '/cvent/events/' + encodeURIComponent(event) + '/guests/' + encodeURIComponent(id), body);
    if (isNew) {
      location.hash = route('cvent', event, r.json.Id);
      return 'Seeded guest ' + r.json.Id + ' in event ' + event + '.';
    }
    window.dispatchEvent(new HashChangeEvent('hashchange')); // the page again, with the stored values
    return 'Saved guest ' + r.json.Id + '.';
  })},
    eventId ? null : field('Event', h('input', {name: 'eventId', required: true, autocomplete: 'off'})),
    isNew ? field('Guest Id', h('input', {name: 'guestId', required: true, autocomplete: 'off'})) : null,
    h('div', {class: 'table-wrap'}, h('table', {class: 'edit'}, h('caption', {}, 'Attributes (empty ones are not sent)'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Attribute'), h('th', {scope: 'col'}, 'Value'))), rows)),
    list,
    h('button', {type: 'button', onclick: () => rows.appendChild(attribute('', ''))}, 'Add an attribute'),
    h('h3', {}, 'Custom fields'),
    h('div', {class: 'table-wrap'}, h('table', {class: 'edit'}, h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'FieldId'),
      h('th', {scope: 'col'}, 'FieldName'), h('th', {scope: 'col'}, 'FieldValue'))), customRows)),
    h('button', {type: 'button', onclick: () => customRows.appendChild(customField({}))}, 'Add a custom field'),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, isNew ? 'Seed guest' : 'Save guest')));
}
