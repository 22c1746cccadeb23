// What every view uses: error messages, the status line, polling that stops, confirmation.
import {ApiError} from './api.js';
import {fill, h} from './dom.js';

const shown = new WeakMap();

/**
 * Fills el with render(data) unless it already shows that data: a page that polls leaves the DOM alone (and the
 * button under the user's pointer in place) until something changed.
 */
export function show(el, data, render) {
  const key = JSON.stringify(data);
  if (shown.get(el) === key) return;
  shown.set(el, key);
  fill(el, render(data));
}

export function message(e) {
  return e instanceof ApiError ? e.message + ' (HTTP ' + e.status + ')' : String(e && e.message || e);
}

/** Says what just happened in the status line (read out by screen readers). */
export function say(text, isError) {
  const status = document.getElementById('status');
  status.className = isError ? 'error' : '';
  status.textContent = text;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { status.textContent = ''; }, 6000);
}

/**
 * Runs task now and then every ms while the tab is visible; the returned function stops it. A slow answer never
 * overlaps the next poll.
 */
export function poll(task, ms) {
  let timer = null;
  let stopped = false;
  const run = async () => {
    if (stopped) return;
    if (document.visibilityState === 'visible') {
      try {
        await task();
      } catch (e) {
        say(message(e), true);
      }
    }
    if (!stopped) timer = setTimeout(run, ms);
  };
  run();
  return () => { stopped = true; clearTimeout(timer); };
}

/** A form's submit handler that stops the page from reloading, reports errors, and says what was done. */
export function onSubmit(action) {
  return async event => {
    event.preventDefault();
    const form = event.target;
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    try {
      const done = await action(new FormData(form), form);
      if (done) say(done);
    } catch (e) {
      say(message(e), true);
    } finally {
      if (button) button.disabled = false;
    }
  };
}

/** A button that runs action after the user confirms what it does. */
export function confirmed(question, action) {
  return async () => {
    if (!window.confirm(question)) return;
    try {
      const done = await action();
      if (done) say(done);
    } catch (e) {
      say(message(e), true);
    }
  };
}

/**
 * Buttons to the page before and after ({@code labels}, e.g. ['Newer', 'Older']) of a listing of {@code total} at
 * {@code offset}, {@code size} to a page; {@code go(offset)} shows another page. Nothing when one page holds it all.
 */
export function pager(total, offset, size, go, labels = ['Previous', 'Next']) {
  if (total <= size && offset === 0) return null;
  return [
    h('button', {type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - size))}, labels[0]),
    h('span', {class: 'muted'}, ' ' + (total === 0 ? 0 : offset + 1) + '–' + Math.min(total, offset + size) + ' of ' + total + ' '),
    h('button', {type: 'button', disabled: offset + size >= total, onclick: () => go(offset + size)}, labels[1])];
}
