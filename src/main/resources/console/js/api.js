// The admin API, reached relative to the console's own address (…/__admin/console/ → …/__admin/), so the console
// works wherever the emulator is reached: localhost, a Docker port mapping, a proxy. With --admin-token the API
// answers 401; the console then asks for the token once and keeps it in this tab's session storage (never in a URL).

const ADMIN = new URL('..', document.baseURI);
const KEY = 'cvent-mock.admin-token';
let asking = null;

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The answer's JSON (null for 204), its X-Total-Count, or an ApiError with the API's own message. */
export async function api(method, path, body) {
  for (let attempt = 0; ; attempt++) {
    const headers = {};
    const token = sessionStorage.getItem(KEY);
    if (token) headers['Authorization'] = 'Bearer ' + token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(new URL(path.replace(/^\//, ''), ADMIN), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
    });
    if (response.status === 401 && attempt < 3) {
      sessionStorage.removeItem(KEY);
      await askForToken(token ? 'That token was refused. ' : '');
      continue;
    }
    const text = await response.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch (e) {
        json = null;
      }
    }
    if (!response.ok) {
      throw new ApiError(response.status, json && json.error ? json.error : response.status + ' ' + response.statusText);
    }
    const total = response.headers.get('X-Total-Count');
    return {json, total: total === null ? null : Number(total)};
  }
}

export const get = path => api('GET', path).then(r => r.json);

/** Asks for the admin token in the page's dialog; resolves once one is given. */
function askForToken(why) {
  if (asking) return asking;
  const dialog = document.getElementById('token-dialog');
  const form = dialog.querySelector('form');
  const input = dialog.querySelector('input');
  dialog.querySelector('.why').textContent = why;
  input.value = '';
  asking = new Promise(resolve => {
    form.onsubmit = event => {
      event.preventDefault();
      if (!input.value) return;
      sessionStorage.setItem(KEY, input.value);
      dialog.close();
      asking = null;
      resolve();
    };
  });
  dialog.showModal();
  input.focus();
  return asking;
}

/** Query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}
