import type { Context } from 'hono';
import { fail } from './errors';
import type { SandboxOptions } from './options';
import type { UserLookup } from './record-json';
import type { Store } from './store/store';
import type { User } from './store/types';
import { formatZohoTime, toSecond } from './time';

export type SandboxEnv = {
  Variables: { user: User; options: SandboxOptions; users: UserLookup; store: Store };
};
export type Ctx = Context<SandboxEnv>;

/** The request body as JSON, or Zoho's INVALID_DATA when it is not. */
export const readJson = async (c: Ctx): Promise<Record<string, unknown>> => {
  try {
    const body: unknown = await c.req.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // fall through to Zoho's answer for a body it cannot read
  }
  return fail(400, 'INVALID_DATA', 'Please check whether the input values are correct', { api_name: 'body' });
};

export const nowOf = (c: Ctx): { readonly nowMs: number; readonly wallMs: number } => {
  const wallMs = c.get('options').now();
  return { nowMs: toSecond(wallMs), wallMs };
};

export const nowText = (c: Ctx): string => formatZohoTime(nowOf(c).nowMs);

/** 204 with an empty body: Zoho's answer when a search or list finds nothing. */
export const noContent = (c: Ctx): Response => c.body(null, 204);
