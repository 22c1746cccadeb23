// Accounts and sessions: lockouts (unlock), sessions (expire now), today's quota counts (reset).
import {fill, formatTime, h, table} from './dom.js';
import {api, get} from './api.js';
import {confirmed, poll, say, show} from './ui.js';

export function accountsView(main) {
  const accounts = h('div', {class: 'table-wrap'});
  const sessions = h('div', {class: 'table-wrap'});
  const quota = h('div', {});
  fill(main, h('h1', {}, 'Accounts and sessions'), h('h2', {}, 'Accounts'), accounts,
    h('h2', {}, 'Sessions'), sessions, h('h2', {}, 'API quota'), quota);

  async function act(method, path, body, done) {
    await api(method, path, body);
    say(done);
    await load();
  }

  async function load() {
    show(accounts, await get('/cvent/accounts'), list => table(null, ['Account', 'User', 'Locked', 'Failed logins in a row', 'Calls today', ''], list.map(a => [
      h('span', {class: 'id'}, a.AccountNumber), a.UserName,
      a.locked ? 'until ' + formatTime(a.lockedUntil) : 'no', String(a.consecutiveFailures), String(a.callsToday),
      a.locked ? h('button', {type: 'button', onclick: () => act('POST', '/cvent/accounts',
        {AccountNumber: a.AccountNumber, UserName: a.UserName, unlock: true}, 'Unlocked ' + a.UserName + '.')}, 'Unlock') : ''])));
    show(sessions, await api('GET', '/cvent/sessions?limit=200'), live => live.json.length ? [table(null, ['Token', 'Account', 'User', 'Expires', ''], live.json.map(s => [
      h('code', {}, s.token), s.AccountNumber, s.UserName, s.expired ? 'expired' : formatTime(s.expires),
      s.expired ? '' : h('button', {type: 'button', onclick: () => act('POST', '/cvent/sessions/' + encodeURIComponent(s.token)
        + '/expire', undefined, 'Expired the session.')}, 'Expire now')])),
      live.total > live.json.length ? h('p', {}, 'The newest ' + live.json.length + ' of ' + live.total + ' sessions.') : null]
      : h('p', {}, 'No sessions: a Login makes one.'));
    show(quota, await get('/cvent/quota'), q => [
      h('p', {}, q.dailyLimit ? 'Daily limit: ' + q.dailyLimit + ' calls per account (--daily-quota).'
        : 'No daily limit (--daily-quota 0); calls are counted all the same.'),
      Object.keys(q.usedToday || {}).length ? table(null, ['Account', 'Calls today (UTC)'],
        Object.entries(q.usedToday).map(([k, v]) => [k, String(v)])) : null,
      h('button', {type: 'button', onclick: confirmed('Reset every account\'s count for today?',
        () => act('POST', '/cvent/quota/reset', undefined, 'Quota counts reset.'))}, 'Reset quota counts')]);
  }
  return poll(load, 3000);
}
