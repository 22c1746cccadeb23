// Bodies pretty-printed and highlighted as DOM nodes: XML re-indented from its tokens, JSON re-serialised. A body
// that does not parse, or is too large to highlight quickly, is shown exactly as received.
import {h, span} from './dom.js';

const HIGHLIGHT_LIMIT = 256 * 1024;
const XML_TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<\/?[^>]*>|[^<]+/g;
const JSON_TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** A <pre> with the body, pretty and highlighted when it is XML or JSON. */
export function body(text, contentType) {
  const pre = h('pre', {class: 'body', tabindex: '0'});
  if (!text) {
    pre.appendChild(span('muted', '(empty)'));
    return pre;
  }
  if (text.length > HIGHLIGHT_LIMIT) {
    pre.textContent = text;
    return pre;
  }
  const kind = detect(text, contentType);
  try {
    if (kind === 'json') {
      json(pre, JSON.stringify(JSON.parse(text), null, 2));
      return pre;
    }
    if (kind === 'xml') {
      xml(pre, text);
      return pre;
    }
  } catch (e) {
    // not what it claimed to be: as received
  }
  pre.textContent = text;
  return pre;
}

function detect(text, contentType) {
  const ct = (contentType || '').toLowerCase();
  if (ct.includes('json')) return 'json';
  if (ct.includes('xml')) return 'xml';
  const first = text.trimStart()[0];
  return first === '<' ? 'xml' : first === '{' || first === '[' ? 'json' : 'text';
}

function json(pre, pretty) {
  let last = 0;
  for (const m of pretty.matchAll(JSON_TOKEN)) {
    if (m.index > last) pre.appendChild(document.createTextNode(pretty.slice(last, m.index)));
    if (m[1] !== undefined) {
      pre.appendChild(span(m[2] ? 'json-key' : 'json-string', m[1]));
      if (m[2]) pre.appendChild(document.createTextNode(m[2]));
    } else {
      pre.appendChild(span(m[3] ? 'json-literal' : 'json-number', m[0]));
    }
    last = m.index + m[0].length;
  }
  if (last < pretty.length) pre.appendChild(document.createTextNode(pretty.slice(last)));
}

/** Indents each element on its line; an element holding only text stays on one line. */
function xml(pre, text) {
  const tokens = text.match(XML_TOKEN) || [];
  let depth = 0;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.startsWith('<')) {
      if (t.trim()) {
        newline(pre, depth, first);
        first = false;
        pre.appendChild(span('xml-text', t.trim()));
      }
      continue;
    }
    const closing = t.startsWith('</');
    const opening = !closing && !t.endsWith('/>') && !t.startsWith('<?') && !t.startsWith('<!');
    if (closing) depth = Math.max(0, depth - 1);
    newline(pre, depth, first);
    first = false;
    tag(pre, t);
    if (opening) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close !== undefined && close.startsWith('</')) {
        pre.appendChild(span('xml-text', text));
        tag(pre, close);
        i += 2;
        continue;
      }
      depth++;
    }
  }
}

function newline(pre, depth, first) {
  pre.appendChild(document.createTextNode((first ? '' : '\n') + '  '.repeat(depth)));
}

function tag(pre, t) {
  if (t.startsWith('<!--') || t.startsWith('<?') || t.startsWith('<!')) {
    pre.appendChild(span('xml-comment', t));
    return;
  }
  const m = /^<(\/?)([^\s/>]*)([\s\S]*?)(\/?)>$/.exec(t);
  if (!m) {
    pre.appendChild(document.createTextNode(t));
    return;
  }
  pre.appendChild(span('xml-p', '<' + m[1]));
  pre.appendChild(span('xml-tag', m[2]));
  const attrs = /(\s+)([^\s=]+)(\s*=\s*)("[^"]*"|'[^']*')|(\s+)/g;
  let last = 0;
  for (const a of m[3].matchAll(attrs)) {
    if (a.index > last) pre.appendChild(document.createTextNode(m[3].slice(last, a.index)));
    if (a[2] !== undefined) {
      pre.appendChild(document.createTextNode(a[1]));
      pre.appendChild(span('xml-attr', a[2]));
      pre.appendChild(document.createTextNode(a[3]));
      pre.appendChild(span('xml-val', a[4]));
    } else {
      pre.appendChild(document.createTextNode(' '));
    }
    last = a.index + a[0].length;
  }
  if (last < m[3].length) pre.appendChild(document.createTextNode(m[3].slice(last)));
  pre.appendChild(span('xml-p', m[4] + '>'));
}

/** The call as a curl command a terminal runs as given (single quotes, with ' written as '\''). */
export function curl(call, origin) {
  const q = s => "'" + String(s).replace(/'/g, "'\\''") + "'";
  const parts = ['curl', '-s', '-i', '-X', call.method, q(origin + call.path)];
  // what curl sets itself, and what belongs to the client's own connection (an h2c upgrade, say)
  const skip = new Set(['host', 'content-length', 'accept-encoding', 'user-agent', 'connection', 'upgrade',
    'http2-settings', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'expect', 'proxy-connection']);
  for (const [name, values] of Object.entries(call.request.headers || {})) {
    if (skip.has(name.toLowerCase())) continue;
    for (const v of values) parts.push('-H', q(name + ': ' + v));
  }
  if (call.request.body) parts.push('--data-binary', q(call.request.body));
  else if (call.method === 'POST' || call.method === 'PUT') parts.push('--data-binary', "''");
  return parts.join(' ');
}
