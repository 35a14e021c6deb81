/**
 * NotifyAndWait reaches the widget as `{id, data}` and waits for ZDK.Client.sendResponse(id, ...) (lib/ZDK.js);
 * whether plain Notify is wrapped too is UNVERIFIED (ZOHO.md), so both shapes are accepted.
 */
export type Envelope = { readonly id: string | number; readonly data: unknown };

export const asEnvelope = (payload: unknown): Envelope | null => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const keys = Object.keys(payload);
  const { id, data } = payload as { readonly id?: unknown; readonly data?: unknown };
  const idOk = typeof id === 'string' || typeof id === 'number';
  return idOk && 'data' in payload && keys.every((k) => k === 'id' || k === 'data') ? { id, data } : null;
};

/** The payload inside an envelope, or the payload itself when it came unwrapped. */
export const unwrapNotify = (payload: unknown): unknown => asEnvelope(payload)?.data ?? payload;
