// The console's router: the part of the address after '#' names the view; each view draws into <main> and returns
// a function that stops what it started (its polling), called when another view is shown. Nothing polls while the
// tab is hidden, so a console left open in the background costs the emulator nothing.
import {fill, h} from './dom.js';
import {message} from './ui.js';
import {callsView, callView} from './calls.js';
import {eventsView, eventView, guestView} from './cvent.js';
import {bookingOrdersView, bookingOrderView} from './xs2event.js';
import {faultsView} from './faults.js';
import {accountsView} from './accounts.js';
import {serverView} from './server.js';

const routes = [
  [/^calls$/, () => callsView],
  [/^calls\/([^/]+)$/, () => callView],
  [/^cvent$/, () => eventsView],
  [/^cvent\/([^/]+)$/, () => eventView],
  [/^cvent\/([^/]+)\/([^/]+)$/, () => guestView],
  [/^xs2event$/, () => bookingOrdersView],
  [/^xs2event\/([^/]+)$/, () => bookingOrderView],
  [/^faults$/, () => faultsView],
  [/^accounts$/, () => accountsView],
  [/^server$/, () => serverView],
];

let stop = null;

async function show() {
  if (stop) stop();
  stop = null;
  const path = location.hash.replace(/^#\/?/, '') || 'calls';
  const main = document.getElementById('view');
  for (const [pattern, view] of routes) {
    const m = pattern.exec(path);
    if (!m) continue;
    const section = path.split('/')[0];
    for (const a of document.querySelectorAll('nav a')) {
      if (a.dataset.section === section) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const args = m.slice(1).map(decodeURIComponent);
    try {
      stop = await view()(main, ...args) || null;
    } catch (e) {
      fill(main, h('h1', {}, 'Could not load this page'), h('p', {class: 'error'}, message(e)));
    }
    return;
  }
  fill(main, h('h1', {}, 'Not found'), h('p', {}, 'No console page at ' + path + '. '), h('a', {href: '#/calls'}, 'Calls'));
}

window.addEventListener('hashchange', show);
show();
