import type { Ctx } from '../env';
import { fail } from '../errors';

/** Zoho hands out at most 2,000 records through paging; per_page is capped at 200. */
export const MAX_RECORDS = 2000;

export const pageParams = (c: Ctx): { readonly page: number; readonly perPage: number } => {
  const page = Number(c.req.query('page') ?? '1');
  const perPage = Number(c.req.query('per_page') ?? '200');
  if (!Number.isInteger(page) || page < 1)
    fail(400, 'INVALID_DATA', 'invalid data', { param_name: 'page', expected_data_type: 'integer' });
  if (!Number.isInteger(perPage) || perPage < 1)
    fail(400, 'INVALID_DATA', 'invalid data', { param_name: 'per_page', expected_data_type: 'integer' });
  const capped = Math.min(perPage, 200);
  if (page * capped > MAX_RECORDS)
    fail(400, 'LIMIT_REACHED', 'maximum response iteration limit reached', { limit: String(MAX_RECORDS) });
  return { page, perPage: capped };
};

export const pageSlice = <T>(items: readonly T[], page: number, perPage: number) => {
  const reachable = items.slice(0, MAX_RECORDS);
  const start = (page - 1) * perPage;
  return { items: reachable.slice(start, start + perPage), more: reachable.length > start + perPage };
};
