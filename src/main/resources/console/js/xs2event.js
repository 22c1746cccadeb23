// XS2event: booking orders with their guestdata_status; one order's tickets, requirements and guest data.
import {facts, fill, h, route, table} from './dom.js';
import {api, get, query} from './api.js';
import {pager, poll, show} from './ui.js';

const PAGE = 100;

export function bookingOrdersView(main) {
  let offset = 0;
  const list = h('div', {class: 'table-wrap'});
  const pages = h('div', {class: 'pager'});
  fill(main, h('h1', {}, 'XS2event booking orders'), list, pages);
  async function load() {
    const answer = await api('GET', '/xs2event/bookingorders' + query({offset, limit: PAGE}));
    show(list, answer.json, orders => orders.length ? table(null, ['Booking order', 'Event', 'Status', 'guestdata_status', 'Tickets', 'Guests'],
      orders.map(o => [h('a', {href: route('xs2event', o.bookingorder_id), class: 'id'}, o.bookingorder_id),
        o.event_id || '', o.status || '', h('span', {class: 'badge ' + (o.guestdata_status || '')}, o.guestdata_status || ''),
        String(o.tickets.reduce((n, t) => n + t.quantity, 0)),
        String((o.items || []).reduce((n, i) => n + (i.guests || []).length, 0))]))
      : h('p', {}, 'No booking orders: add them with POST /__admin/xs2event/bookingorders or a fixture.'));
    show(pages, {total: answer.total, offset}, () => pager(answer.total, offset, PAGE, to => { offset = to; load(); }));
  }
  return poll(load, 3000);
}

export function bookingOrderView(main, id) {
  return poll(async () => {
    show(main, await get('/xs2event/bookingorders/' + encodeURIComponent(id)), o => [
      h('p', {}, h('a', {href: '#/xs2event'}, '← Booking orders')),
      h('h1', {}, 'Booking order ', h('span', {class: 'id'}, o.bookingorder_id)),
      facts([['Event', o.event_id || ''], ['Status', o.status || ''],
        ['guestdata_status', h('span', {class: 'badge ' + o.guestdata_status}, o.guestdata_status)]]),
      h('h2', {}, 'Tickets and requirements'),
      table(null, ['Ticket', 'Quantity', 'Requirements'], o.tickets.map(t => [h('span', {class: 'id'}, t.ticket_id),
        String(t.quantity), t.requirements.length ? h('ul', {}, t.requirements.map(r =>
          h('li', {}, r.fields.join(', ') + ' — ' + r.scope + ', ' + r.condition))) : 'none'])),
      h('h2', {}, 'Guest data'),
      (o.items || []).map(item => h('section', {class: 'item'},
        h('h3', {}, 'Ticket ', h('span', {class: 'id'}, item.ticket_id)),
        (item.guests || []).length ? guestTable(item.guests) : h('p', {}, 'No guest data yet.')))]);
  }, 3000);
}

function guestTable(guests) {
  const keys = [];
  for (const g of guests) for (const k of Object.keys(g)) if (!keys.includes(k)) keys.push(k);
  return table(null, keys, guests.map(g => keys.map(k => value(g[k]))), {class: 'xs2-guests'});
}

function value(v) {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
