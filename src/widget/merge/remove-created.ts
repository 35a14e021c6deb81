import type { CrmClient } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { answerLost } from './guarded-write';

/** What deleting a record Zoho created unasked did. */
export type RemoveOutcome =
  | { readonly kind: 'removed' }
  | { readonly kind: 'failed'; readonly error: CrmError };

/** Zoho's answer to reading a record id that no longer exists (the sandbox and Zoho: INVALID_DATA). */
const isGone = (error: CrmError): boolean =>
  error.kind === 'zoho' && (error.code === 'INVALID_DATA' || error.status === 404);

/**
 * Deletes the record an update created instead of updating its target. After a lost answer the record is read
 * again: when it is gone the delete landed, and the rep is told so. Never rejects.
 */
export const removeCreated = async (
  client: CrmClient,
  module: string,
  id: string,
): Promise<RemoveOutcome> => {
  const deleted = await client.deleteRecord(module, id);
  if (deleted.ok) return { kind: 'removed' };
  if (!answerLost(deleted.error)) return { kind: 'failed', error: deleted.error };
  const still = await client.getRecord(module, id);
  return !still.ok && isGone(still.error) ? { kind: 'removed' } : { kind: 'failed', error: deleted.error };
};
