import type { Ctx } from '../env';

type Item = { readonly status: string; readonly code: string; readonly action?: string };

/** Zoho's write statuses: all inserted 201, updated 200, mixed 207, all failed 400 (412 when all were stale). */
export const writeResponse = (
  c: Ctx,
  items: readonly Item[],
  kind: 'insert' | 'update' | 'upsert' | 'delete',
) => {
  const ok = items.filter((i) => i.status === 'success');
  let status: 200 | 201 | 207 | 400 | 412;
  if (ok.length === items.length) {
    const allInserted = kind === 'insert' || (kind === 'upsert' && ok.every((i) => i.action === 'insert'));
    status = allInserted ? 201 : 200;
  } else if (ok.length > 0) status = 207;
  else status = items.every((i) => i.code === 'ALREADY_MODIFIED') ? 412 : 400;
  return c.json({ data: items }, status);
};
