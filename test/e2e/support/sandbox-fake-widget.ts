import type { Page, Route } from 'playwright-core';

/** A stand-in widget page speaking the iframe side of the host protocol, with one button per answer. */
const FAKE_WIDGET = `<!doctype html><meta charset="utf-8"><body>
<pre id="start"></pre><pre id="notified"></pre>
<button id="cancel">Cancel</button><button id="save">Save anyway</button>
<button id="update">Update existing</button><button id="populate">Populate</button>
<button id="close-self">Close self</button>
<script>
const send = (message) => parent.postMessage(message, location.origin);
addEventListener('message', (e) => {
  if (e.data.type === 'zdp:pageload') document.getElementById('start').textContent = JSON.stringify(e.data.data);
  if (e.data.type === 'zdp:notify') document.getElementById('notified').textContent = JSON.stringify(e.data.data);
});
const answer = (id, result) => document.getElementById(id).onclick = () => send({ type: 'zdp:client-close', result });
answer('cancel', { action: 'cancel' });
answer('save', { action: 'save' });
answer('update', { action: 'updated-existing', recordId: '900' });
document.getElementById('populate').onclick = () => send({ type: 'zdp:populate', values: { Phone: '555 0199' } });
document.getElementById('close-self').onclick = () => send({ type: 'zdp:close-self', response: { action: 'cancel' } });
send({ type: 'zdp:init' });
</script>`;

export type FakeCrm = {
  /** Records the search answers with. */
  found: Record<string, unknown>[];
  readonly requests: { readonly method: string; readonly url: string; readonly body: unknown }[];
};

/** Answers /app/* with the fake widget and /crm/v8/* from memory, recording every API request. */
export const fakeWidgetAndCrm = async (page: Page, record?: Record<string, unknown>): Promise<FakeCrm> => {
  const crm: FakeCrm = { found: [], requests: [] };
  await page.route('**/app/**', (route) => route.fulfill({ contentType: 'text/html', body: FAKE_WIDGET }));
  await page.route('**/crm/v8/**', (route: Route) => {
    const request = route.request();
    const body = request.postData();
    crm.requests.push({ method: request.method(), url: request.url(), body: body ? JSON.parse(body) : null });
    const json = (status: number, payload: unknown) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(payload) });
    if (request.url().includes('/search?'))
      return crm.found.length ? json(200, { data: crm.found }) : route.fulfill({ status: 204 });
    if (request.method() === 'GET') return json(200, { data: [record ?? {}] });
    return json(201, { data: [{ code: 'SUCCESS', status: 'success', details: { id: '777' } }] });
  });
  return crm;
};
