// Building the page without HTML strings: every value goes in as a text node or an attribute, never as markup, so
// a guest named <img src=x onerror=alert(1)> is shown as those characters. (A test reads these modules and fails on
// innerHTML, outerHTML, insertAdjacentHTML and document.write.)

/**
 * h('a', {href: '#/calls', class: 'x', onclick: fn}, 'text', child, [more]) — an element with attributes,
 * listeners (on…) and children; strings and numbers become text, null/undefined/false are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in el) {
      el.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'disabled') {
      el[name] = Boolean(value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A span of highlighted text (class names are fixed by the caller, the text is text). */
export function span(cls, text) {
  const s = document.createElement('span');
  s.className = cls;
  s.textContent = text;
  return s;
}

/** '#/cvent/E%201/G' from ['cvent', 'E 1', 'G']: ids are encoded, so any id makes a safe link. */
export function route(...parts) {
  return '#/' + parts.map(p => encodeURIComponent(p)).join('/');
}

export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** A labelled control: <label>text <input …></label>, so every control has a name a screen reader reads. */
export function field(label, control, hint) {
  return h('label', {class: 'field'}, h('span', {class: 'label'}, label), control, hint ? h('small', {}, hint) : null);
}

/** A table whose header cells are given as strings or nodes and rows as arrays of cells. */
export function table(caption, headers, rows, attrs) {
  return h('table', attrs || {},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map(x => x instanceof Node ? x : h('th', {scope: 'col'}, x)))),
    h('tbody', {}, rows.map(r => r instanceof Node ? r : h('tr', {}, r.map(c => c instanceof Node && c.tagName === 'TD' ? c : h('td', {}, c))))));
}

/** A key/value table (a definition list reads badly with long values). */
export function facts(entries) {
  return h('table', {class: 'facts'}, h('tbody', {}, entries.map(([k, v]) => h('tr', {}, h('th', {scope: 'row'}, k), h('td', {}, v)))));
}
