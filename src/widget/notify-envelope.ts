/**
 * NotifyAndWait reaches the widget as `{id, data}` (ZOHO.md) and waits for ZDK.Client.sendResponse(id, ...), which
 * sends the id back as `uuid` (crm_release_1.1 lib/ZDK.js), so an envelope keyed `uuid` is accepted too. Whether
 * plain Notify is wrapped is UNVERIFIED (ZOHO.md): both shapes are accepted.
 */
export type Envelope = { readonly id: string | number; readonly data: unknown };

const ENVELOPE_KEYS = ['id', 'uuid', 'data'];

export const asEnvelope = (payload: unknown): Envelope | null => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const { id, uuid } = payload as { readonly id?: unknown; readonly uuid?: unknown };
  const key = id ?? uuid;
  const keyOk = typeof key === 'string' || typeof key === 'number';
  const onlyEnvelope = Object.keys(payload).every((k) => ENVELOPE_KEYS.includes(k));
  return keyOk && 'data' in payload && onlyEnvelope
    ? { id: key, data: (payload as { readonly data: unknown }).data }
    : null;
};

/** The payload inside an envelope, or the payload itself when it came unwrapped. */
export const unwrapNotify = (payload: unknown): unknown => {
  const envelope = asEnvelope(payload);
  return envelope ? envelope.data : payload;
};
